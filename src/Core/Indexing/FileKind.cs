using System.Runtime.InteropServices;

namespace PodSearch.Core.Indexing;

/// <summary>What a path is once links are followed: a regular file, a folder, or something that must never be
/// opened as a note (a FIFO blocks the reader forever, <c>/dev/zero</c> never ends, a socket cannot be read).</summary>
internal enum FileKindValue { Regular, Directory, Fifo, CharacterDevice, BlockDevice, Socket, Missing, Unknown }

/// <summary>
/// Tells a path's kind. .NET reports FIFOs and devices as ordinary files, so on Unix this asks the runtime's own
/// native shim (<c>SystemNative_Stat</c>, the call behind <see cref="File.Exists"/>), whose status record starts
/// with two ints, flags then mode, on every architecture; the mode's type bits are the POSIX ones.
/// Elsewhere (Windows has no FIFOs or devices in a folder) every existing file is regular.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private static bool nativeMissing;

    public static FileKindValue Of(string path)
    {
        if (OperatingSystem.IsWindows() || nativeMissing)
            return Fallback(path);
        var status = new byte[512]; // larger than the runtime's FileStatus on any platform
        int result;
        try
        {
            result = Stat(path, status);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            nativeMissing = true;
            return Fallback(path);
        }
        if (result != 0)
            return FileKindValue.Missing;
        var mode = BitConverter.ToInt32(status, 4);
        return (mode & TypeMask) switch
        {
            0x8000 => FileKindValue.Regular,
            0x4000 => FileKindValue.Directory,
            0x1000 => FileKindValue.Fifo,
            0x2000 => FileKindValue.CharacterDevice,
            0x6000 => FileKindValue.BlockDevice,
            0xC000 => FileKindValue.Socket,
            _ => FileKindValue.Unknown,
        };
    }

    public static string Describe(FileKindValue kind) => kind switch
    {
        FileKindValue.Fifo => "a FIFO (named pipe)",
        FileKindValue.CharacterDevice => "a character device",
        FileKindValue.BlockDevice => "a block device",
        FileKindValue.Socket => "a socket",
        FileKindValue.Directory => "a folder",
        FileKindValue.Missing => "missing (a broken link?)",
        _ => "not a regular file",
    };

    private static FileKindValue Fallback(string path) =>
        System.IO.Directory.Exists(path) ? FileKindValue.Directory : File.Exists(path) ? FileKindValue.Regular : FileKindValue.Missing;

    // DllImport, not LibraryImport: the generated marshaller would need unsafe code in this project.
#pragma warning disable SYSLIB1054
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
#pragma warning restore SYSLIB1054
}
