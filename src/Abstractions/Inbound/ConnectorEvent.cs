using System.Text.Json.Serialization;

namespace OpenChannels.Abstractions.Inbound;

/// <summary>
/// A normalized event from a messenger. Every event names the chat it belongs to, so the host finds the conversation.
/// </summary>
/// <param name="ChatId">The messenger's id of the chat with the client.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(InboundMessage), "message")]
[JsonDerivedType(typeof(MessageEdited), "edit")]
[JsonDerivedType(typeof(MessageDeleted), "delete")]
[JsonDerivedType(typeof(DeliveryStatusChanged), "status")]
[JsonDerivedType(typeof(RatingAnswered), "rating")]
[JsonDerivedType(typeof(CommentReceived), "comment")]
[JsonDerivedType(typeof(ClientReachabilityChanged), "reachability")]
public abstract record ConnectorEvent(string ChatId);
