using System.Reflection;

namespace ClawDev.Server;

/// <summary>What the reports say about the tool itself.</summary>
internal static class ProductInfo
{
    public const string Name = "ClawDev";

    /// <summary>The version set in ClawDev.Server.csproj (read once, when a report or --version needs it).</summary>
    public static string Version { get; } =
        typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
