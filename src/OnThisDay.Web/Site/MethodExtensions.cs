namespace OnThisDay.Web.Site;

/// <summary>How the site treats request methods: it is read-only, and HEAD is GET without the body.</summary>
public static class MethodExtensions
{
    private const string Allowed = "GET, HEAD, OPTIONS";

    /// <summary>Every address of the site is read-only: any other method (TRACE, PUT, POST...) answers 405 with Allow, never runs a page.</summary>
    public static WebApplication UseReadOnlyMethods(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = Allowed;
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync("405 Method Not Allowed: this site answers GET, HEAD and OPTIONS only.\n", context.RequestAborted);
        });
        return app;
    }

    /// <summary>
    /// A HEAD request runs as a GET whose body is counted, not sent: it shares the GET's cache entry and validators,
    /// and its Content-Length is the length a GET would send.
    /// </summary>
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            var body = context.Response.Body;
            using var counter = new CountingStream();
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = counter;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
            if (!context.Response.HasStarted && context.Response.StatusCode != StatusCodes.Status304NotModified)
            {
                context.Response.ContentLength = counter.Length;
            }
        });
        return app;
    }

    /// <summary>A stream that keeps only the number of bytes written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
