using System.Buffers;

namespace OnThisDay.Web.Caching;

/// <summary>
/// A write-only stream over arrays rented from <see cref="ArrayPool{T}.Shared"/>: holds a response body while its
/// ETag is computed without allocating a fresh, repeatedly regrown buffer for every request.
/// </summary>
public sealed class PooledBufferStream(int initialCapacity = 16 * 1024) : Stream
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(initialCapacity);
    private int _length;

    public ReadOnlyMemory<byte> Written => _array.AsMemory(0, _length);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_length + buffer.Length > _array.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _length + buffer.Length));
            _array.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
        buffer.CopyTo(_array.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
            _length = 0;
        }
        base.Dispose(disposing);
    }
}
