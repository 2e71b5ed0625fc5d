using System.Net.Http.Json;
using OpenChannels.Abstractions.Hosting;

namespace OpenChannels.Plugins.Telegram.Api;

/// <summary>
/// Calls the Bot API (<c>POST {apiBaseUrl}/bot{token}/{method}</c>) and downloads files
/// (<c>GET {apiBaseUrl}/file/bot{token}/{file_path}</c>). Never throws for platform or network failures; the token
/// never appears in what it returns.
/// </summary>
internal sealed class TelegramApiClient(HttpClient http, TelegramSettings settings)
{
    public static TelegramApiClient For(ConnectionContext connection) => new(connection.Http.CreateClient(), TelegramSettings.From(connection));

    public async Task<TelegramApiResponse> CallAsync(TelegramRequest request, CancellationToken cancellationToken)
    {
        using HttpContent content = request.Upload is null
            ? JsonContent.Create(request.Fields)
            : TelegramMultipart.Build(request);
        try
        {
            using var response = await http.PostAsync(MethodUrl(request.Method), content, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return TelegramApiResponse.Parse((int)response.StatusCode, body);
        }
        catch (HttpRequestException ex)
        {
            return TelegramApiResponse.NotReached($"Telegram could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TelegramApiResponse.NotReached("Telegram did not answer in time");
        }
        catch (Exception ex) when (ex is InvalidOperationException or UriFormatException)
        {
            // The message is fixed on purpose: the URL holds the bot token.
            return TelegramApiResponse.NotReached("The Bot API base URL setting is not a usable URL");
        }
    }

    /// <summary>Downloads a file, reading at most <paramref name="maxBytes"/> bytes whatever the server claims.</summary>
    public async Task<FileDownload> DownloadAsync(string filePath, long maxBytes, CancellationToken cancellationToken)
    {
        var url = $"{settings.ApiBaseUrl}/file/bot{settings.BotToken}/{filePath.TrimStart('/')}";
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return FileDownload.Failed($"Telegram answered HTTP {(int)response.StatusCode} to the download");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return FileDownload.OverLimit();
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await CappedRead.ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (HttpRequestException ex)
        {
            return FileDownload.Failed($"the download failed: {ex.Message}");
        }
        catch (IOException ex)
        {
            return FileDownload.Failed($"the download broke off: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FileDownload.Failed("the download timed out");
        }
    }

    private string MethodUrl(string method) => $"{settings.ApiBaseUrl}/bot{settings.BotToken}/{method}";
}
