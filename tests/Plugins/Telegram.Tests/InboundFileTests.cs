using OpenChannels.Abstractions.Inbound;
using OpenChannels.Plugins.Telegram.Tests.Fakes;
using OpenChannels.Plugins.Testing;

namespace OpenChannels.Plugins.Telegram.Tests;

public sealed class InboundFileTests : TelegramTest
{
    private const string LargestPhoto = "AgADAQADtKcxG4LRUUQSQVUjfJIiiF8G6C8ABA9NJzFdXskaincBAAEC";
    private const string SecondPhoto = "AgADAQADtKcxG4LRUUQSQVUjfJIiiF8G6C8ABF8Fy2sccmWmjHcBAAEC";
    private const string DocumentId = "AwADBAADbXXXXXXXXXXXGBdhD2l6_XX";

    [Fact]
    public async Task HandleWebhook_PhotoWithCaption_FetchesLargestSizeThroughGetFile()
    {
        var jpeg = Bytes(104737, 0xd8);
        Telegram.AddFile(LargestPhoto, "photos/file_85.jpg", jpeg);

        var message = Single<InboundMessage>(await DeliverFixtureAsync("update_photo_with_caption.json"));

        Assert.Equal("Photo Caption", message.Text);
        Assert.Equal("3527065:85", message.MessageId);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(("image", "file_85.jpg", "image/jpeg", 104737L), (attachment.Kind, attachment.FileName, attachment.ContentType, attachment.Size));
        Assert.Equal(jpeg, attachment.Content!.Value.ToArray());
        Assert.Null(attachment.Url);
        Assert.Contains(LargestPhoto, Assert.Single(Telegram.Calls("getFile")).BodyText);
        Assert.Equal($"/file/bot{FakeTelegram.Token}/photos/file_85.jpg", Assert.Single(Telegram.Server.Requests, r => r.Method == "GET").Path);
    }

    [Fact]
    public async Task HandleWebhook_PhotoLargestOverLimit_TakesLargestSizeThatFits()
    {
        Telegram.AddFile(SecondPhoto, "photos/file_84.jpg", Bytes(57833, 1));

        var message = Single<InboundMessage>(await DeliverAsync(Fixtures.Bytes("telegram", "update_photo_with_caption.json"), Connection with { MaxFileBytes = 60_000 }));

        Assert.Equal(57833, Assert.Single(message.Attachments).Content!.Value.Length);
        Assert.Contains(SecondPhoto, Assert.Single(Telegram.Calls("getFile")).BodyText);
    }

    [Fact]
    public async Task HandleWebhook_DocumentOfficialSample_DownloadsWithNameAndType()
    {
        var pdf = Bytes(536392, 0x25);
        Telegram.AddFile(DocumentId, "documents/file_7.pdf", pdf);

        var message = Single<InboundMessage>(await DeliverFixtureAsync("update_document_official.json"));

        Assert.Null(message.Text);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(("file", "Testfile.pdf", "application/pdf"), (attachment.Kind, attachment.FileName, attachment.ContentType));
        Assert.Equal(pdf, attachment.Content!.Value.ToArray());
    }

    [Fact]
    public async Task HandleWebhook_Voice_DownloadsOggAudio()
    {
        var ogg = Bytes(2048, 0x4f);
        Telegram.AddFile("voice-file-1", "voice/file_3.oga", ogg);

        var message = Single<InboundMessage>(await DeliverAsync(TelegramUpdates.Voice("voice-file-1", 2048)));

        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(("audio", "file_3.oga", "audio/ogg"), (attachment.Kind, attachment.FileName, attachment.ContentType));
        Assert.Equal(ogg, attachment.Content!.Value.ToArray());
        Assert.Equal("1111111:1400", message.MessageId);
    }

    [Fact]
    public async Task HandleWebhook_Video_DownloadsWithSenderFileName()
    {
        var mp4 = Bytes(4096, 0x66);
        Telegram.AddFile("video-file-1", "videos/file_4.mp4", mp4);

        var message = Single<InboundMessage>(await DeliverAsync(TelegramUpdates.Video("video-file-1", 4096)));

        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(("video", "clip.mp4", "video/mp4"), (attachment.Kind, attachment.FileName, attachment.ContentType));
        Assert.Equal(mp4, attachment.Content!.Value.ToArray());
    }

    [Fact]
    public async Task HandleWebhook_DocumentAnnouncedOverLimit_DescribedWithoutDownloading()
    {
        Telegram.AddFile(DocumentId, "documents/file_7.pdf", Bytes(536392, 0));

        var message = Single<InboundMessage>(await DeliverAsync(Fixtures.Bytes("telegram", "update_document_official.json"), Connection with { MaxFileBytes = 1000 }));

        var attachment = Assert.Single(message.Attachments);
        Assert.Null(attachment.Content);
        Assert.Equal(536392, attachment.Size);
        Assert.Contains("too large", attachment.Description);
        Assert.Empty(Telegram.Calls("getFile"));
    }

    [Fact]
    public async Task HandleWebhook_FileLargerThanAnnounced_ReadIsCappedAndDescribed()
    {
        Telegram.AddFile("voice-lies", "voice/file_9.oga", Bytes(5000, 7), announcedSize: 10, chunked: true);

        var message = Single<InboundMessage>(await DeliverAsync(TelegramUpdates.Voice("voice-lies", 10), Connection with { MaxFileBytes = 1000 }));

        var attachment = Assert.Single(message.Attachments);
        Assert.Null(attachment.Content);
        Assert.Contains("too large", attachment.Description);
        Assert.Single(Telegram.Calls("getFile"));
    }

    [Fact]
    public async Task HandleWebhook_DownloadContentLengthOverLimit_Described()
    {
        Telegram.AddFile("video-big", "videos/file_5.mp4", Bytes(5000, 7), announcedSize: 10);

        var message = Single<InboundMessage>(await DeliverAsync(TelegramUpdates.Video("video-big", null), Connection with { MaxFileBytes = 1000 }));

        Assert.Contains("too large", Assert.Single(message.Attachments).Description);
    }

    [Fact]
    public async Task HandleWebhook_TelegramSaysFileIsTooBig_Described()
    {
        Telegram.Enqueue("getFile", 400, FakeTelegramReplies.Error(400, "Bad Request: file is too big"));

        var message = Single<InboundMessage>(await DeliverFixtureAsync("update_document_official.json"));

        Assert.Contains("too large", Assert.Single(message.Attachments).Description);
    }

    [Fact]
    public async Task HandleWebhook_GetFileFails_MessageKeptWithExplanation()
    {
        Telegram.Enqueue("getFile", 500, FakeTelegramReplies.Error(500, "Internal Server Error"));
        Telegram.AddFile(LargestPhoto, "photos/file_85.jpg", Bytes(10, 0));

        var message = Single<InboundMessage>(await DeliverFixtureAsync("update_photo_with_caption.json"));

        Assert.Equal("Photo Caption", message.Text);
        var attachment = Assert.Single(message.Attachments);
        Assert.Null(attachment.Content);
        Assert.Contains("could not be downloaded", attachment.Description);
    }

    private static byte[] Bytes(int length, byte seed) => Enumerable.Range(0, length).Select(i => (byte)(seed + i)).ToArray();
}
