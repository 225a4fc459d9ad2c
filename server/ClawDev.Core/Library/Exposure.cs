namespace ClawDev.Core.Library;

/// <summary>How visible an object is to the library's users, least first (so the most exposed sorts last).</summary>
public enum Exposure
{
    /// <summary>Public by name only: importable, but not exported by a package nor shown on a documentation page.</summary>
    Public,

    /// <summary>In the package's public exports: <c>__all__</c>, names imported in an <c>__init__.py</c>, Hugging Face's
    /// lazy <c>_import_structure</c>.</summary>
    Exported,

    /// <summary>Shown on the project's documentation pages (<c>[[autodoc]]</c>, Sphinx <c>auto*::</c>, mkdocstrings
    /// <c>:::</c>): a gap there is a hole a reader of the documentation sees.</summary>
    Rendered,
}

public static class Exposures
{
    /// <summary>"public", "exported", "rendered": as JSON and the reports write it.</summary>
    public static string Name(Exposure exposure) => exposure switch
    {
        Exposure.Rendered => "rendered",
        Exposure.Exported => "exported",
        _ => "public",
    };
}
