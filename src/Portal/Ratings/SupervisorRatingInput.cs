using System.ComponentModel.DataAnnotations;

namespace OpenChannels.Portal.Ratings;

/// <summary>Body of <c>PUT /api/v1/sessions/{id}/rating</c>.</summary>
public sealed record SupervisorRatingInput(
    [property: Range(1, 5)] int Accuracy,
    [property: Range(1, 5)] int Speed,
    [property: Range(1, 5)] int Helpfulness,
    [property: StringLength(2000)] string? Comment);
