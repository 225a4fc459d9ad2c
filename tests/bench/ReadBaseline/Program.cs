// Finds every .py file under a folder (skipping hidden folders, as ClawDev and pydocstyle do), reads
// each one whole on all cores and counts its newlines: the least work any scanner of these files does.
// Usage: ReadBaseline FOLDER

if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: ReadBaseline FOLDER");
    return 2;
}

// The default EnumerationOptions skip hidden entries: on Unix, every name starting with '.'.
var files = Directory.EnumerateFiles(
    args[0], "*.py", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true });
long lines = 0, bytes = 0, fileCount = 0;
Parallel.ForEach(files, path =>
{
    var content = File.ReadAllBytes(path);
    Interlocked.Add(ref lines, content.AsSpan().Count((byte)'\n'));
    Interlocked.Add(ref bytes, content.Length);
    Interlocked.Increment(ref fileCount);
});
Console.WriteLine($"files {fileCount}, lines {lines}, bytes {bytes}");
return 0;
