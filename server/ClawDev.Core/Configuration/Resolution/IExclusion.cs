namespace ClawDev.Core.Configuration.Resolution;

/// <summary>One configured reason to leave files out of the scan.</summary>
internal interface IExclusion
{
    /// <summary>A sentence saying why <paramref name="file"/> is excluded, or null when this exclusion does not apply.</summary>
    string? Reason(FilePath file);
}
