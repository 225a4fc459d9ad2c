using ClawDev.Server.Lsp.Indexing;

namespace ClawDev.Server.Tests.Lsp;

/// <summary>Which reading of a file the index keeps when several arrive, in any order.</summary>
public sealed class WorkspaceIndexTests
{
    private const string Path = "/w/a.py";

    /// <summary>The entry present, the entry arriving (disk or open document, and its stamp), whether the document was just closed, and which one stays.</summary>
    public static TheoryData<string, string, bool, string> Arrivals => new()
    {
        { "disk@1", "disk@2", false, "disk@2" },
        { "disk@2", "disk@1", false, "disk@2" },
        { "disk@2", "open@1", false, "open@1" },
        { "open@1", "open@2", false, "open@2" },
        { "open@2", "open@1", false, "open@2" },
        { "open@1", "disk@2", false, "open@1" },
        { "open@1", "disk@2", true, "disk@2" },
        { "open@2", "disk@1", true, "open@2" },
        { "deleted@2", "disk@1", false, "deleted@2" },
        { "disk@1", "deleted@2", false, "deleted@2" },
    };

    [Theory]
    [MemberData(nameof(Arrivals))]
    public void An_entry_replaces_an_older_reading_and_an_open_document_is_kept_until_it_is_closed(string present, string arriving, bool documentClosed, string kept)
    {
        var index = WorkspaceIndex.Empty.With(Entry(present)).With(Entry(arriving), documentClosed);
        Assert.Equal(kept, Describe(index.Find(Path)!));
    }

    [Fact]
    public void Removing_a_folder_drops_its_files_and_nothing_else()
    {
        var index = WorkspaceIndex.Empty.With([Entry("disk@1", "/w/pkg/a.py"), Entry("disk@2", "/w/pkg/sub/b.py"), Entry("disk@3", "/w/pkgs.py"), Entry("disk@4", "/x/c.py")]);
        Assert.Equal(["/w/pkg/a.py", "/w/pkg/sub/b.py"], index.Under("/w/pkg").Select(file => file.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["/w/pkgs.py", "/x/c.py"], index.WithoutFilesUnder("/w/pkg").Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["/w/pkgs.py"], index.Under("/w/pkgs.py").Select(file => file.Path));
    }

    private static IndexedFile Entry(string description, string path = Path)
    {
        var (kind, stamp) = (description.Split('@')[0], long.Parse(description.Split('@')[1], System.Globalization.CultureInfo.InvariantCulture));
        var facts = kind == "deleted" ? null : new FileFacts("a", 1, 0, null, [], [], null);
        return new IndexedFile(path, "file://" + path, "/w", path[3..], stamp, kind == "open" ? 1 : null, facts);
    }

    private static string Describe(IndexedFile file) =>
        $"{(file.IsFromOpenDocument ? "open" : file.Facts is null ? "deleted" : "disk")}@{file.Stamp}";
}
