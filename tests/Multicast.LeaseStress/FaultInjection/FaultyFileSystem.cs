using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Multicast.Leases.Storage;

namespace Multicast.LeaseStress.FaultInjection
{
    /// <summary>
    /// The disk, seen through the store's file-system seam, numbering every step that changes it (creating,
    /// writing, truncating, flushing, replacing or deleting a file; from 1) and doing <see cref="Fault"/> at step
    /// <see cref="FaultAt"/> (0: never). <see cref="Stop"/> says what stopping means: the worker process waits to
    /// be killed; in-process tests throw <see cref="ProcessStoppedException"/>, after which every call throws,
    /// as nothing runs in a dead process.
    /// </summary>
    public sealed class FaultyFileSystem : IStoreFileSystem
    {
        private static readonly Regex Temporary = new Regex(@"\.[0-9a-f]{12}\.tmp$");
        private readonly IStoreFileSystem _disk;
        private readonly List<string> _steps = new List<string>();
        private bool _stopped;

        public FaultyFileSystem(int faultAt = 0, FaultKind fault = FaultKind.Stop, Action<int, string>? stop = null)
        {
            _disk = DiskFileSystem.Instance;
            FaultAt = faultAt;
            Fault = fault;
            Stop = stop ?? ((step, label) => throw new ProcessStoppedException(step, label));
        }

        public int FaultAt { get; set; }

        public FaultKind Fault { get; set; }

        /// <summary>Called when the process stops at a step: it must not return.</summary>
        public Action<int, string> Stop { get; }

        /// <summary>The steps done whole, in order, labelled as "write leases.json.journal 212", "replace leases.json"...</summary>
        public IReadOnlyList<string> Steps => _steps;

        public Stream Open(string path, FileMode mode, FileAccess access, FileShare share)
        {
            Alive();
            bool creates = mode == FileMode.CreateNew || mode == FileMode.Create || ((mode == FileMode.OpenOrCreate || mode == FileMode.Append) && !_disk.FileExists(path));
            if (creates)
            {
                Step("create " + Name(path), null);
            }

            return new FaultyStream(this, _disk.Open(path, mode, access, share), Name(path));
        }

        public void FlushToDisk(Stream stream)
        {
            var faulty = (FaultyStream)stream;
            Step("flush " + faulty.Name, null);
            _disk.FlushToDisk(faulty.Inner);
        }

        public void Replace(string temporary, string target) => Step("replace " + Name(target), () => _disk.Replace(temporary, target));

        public void Delete(string path) => Step("delete " + Name(path), () => _disk.Delete(path));

        public bool FileExists(string path)
        {
            Alive();
            return _disk.FileExists(path);
        }

        public bool DirectoryExists(string path)
        {
            Alive();
            return _disk.DirectoryExists(path);
        }

        public void CreateDirectory(string path)
        {
            Alive();
            if (!_disk.DirectoryExists(path))
            {
                Step("mkdir " + Name(path), () => _disk.CreateDirectory(path));
            }
        }

        public string[] GetFiles(string folder, string pattern)
        {
            Alive();
            return _disk.GetFiles(folder, pattern);
        }

        /// <summary>The file's name, with a temporary file's random part as *.</summary>
        private static string Name(string path) => Temporary.Replace(Path.GetFileName(path), ".*.tmp");

        /// <summary>Does one step, or its fault; <paramref name="tear"/>, for a write, puts half of it on disk first.</summary>
        private void Step(string label, Action? action, Action? tear = null)
        {
            Alive();
            int number = _steps.Count + 1;
            if (number == FaultAt)
            {
                switch (Fault)
                {
                    case FaultKind.Fail:
                        FaultAt = 0;
                        throw new IOException("Injected failure at step " + number + " (" + label + ").");
                    case FaultKind.Tear:
                        tear?.Invoke();
                        _stopped = true;
                        Stop(number, label);
                        break;
                    default:
                        _stopped = true;
                        Stop(number, label);
                        break;
                }
            }

            action?.Invoke();
            _steps.Add(label);
        }

        private void Alive()
        {
            if (_stopped)
            {
                throw new ProcessStoppedException(_steps.Count + 1, "after the stop");
            }
        }

        /// <summary>A file opened through the faulty file system: writes and length changes are steps.</summary>
        private sealed class FaultyStream : Stream
        {
            private readonly FaultyFileSystem _owner;

            public FaultyStream(FaultyFileSystem owner, Stream inner, string name)
            {
                _owner = owner;
                Inner = inner;
                Name = name;
            }

            public Stream Inner { get; }

            public string Name { get; }

            public override bool CanRead => Inner.CanRead;

            public override bool CanSeek => Inner.CanSeek;

            public override bool CanWrite => Inner.CanWrite;

            public override long Length => Inner.Length;

            public override long Position
            {
                get => Inner.Position;
                set => Inner.Position = value;
            }

            public override void Flush() => Inner.Flush();

            public override int Read(byte[] buffer, int offset, int count)
            {
                _owner.Alive();
                return Inner.Read(buffer, offset, count);
            }

            public override long Seek(long offset, SeekOrigin origin) => Inner.Seek(offset, origin);

            public override void SetLength(long value) => _owner.Step("truncate " + Name + " " + value, () => Inner.SetLength(value));

            public override void Write(byte[] buffer, int offset, int count) =>
                _owner.Step("write " + Name + " " + count, () => Inner.Write(buffer, offset, count), () => Inner.Write(buffer, offset, count / 2));

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    Inner.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
