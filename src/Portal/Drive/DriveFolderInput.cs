namespace OpenChannels.Portal.Drive;

/// <summary>Body of <c>POST /api/v1/drive/folders</c>: <c>{"name":"Contracts","parentId":null,"shared":true}</c>.</summary>
public sealed record DriveFolderInput(string? Name, Guid? ParentId = null, bool Shared = false);
