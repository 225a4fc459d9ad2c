using ClawDev.Core.Drafting.Signature;
using ClawDev.Core.Python;

namespace ClawDev.Core.Rules;

/// <summary>
/// A command-line command whose options carry their own help: one registered with typer's or click's
/// <c>@app.command()</c>, typer's <c>Option(help=…)</c> or <c>Argument(help=…)</c> on one of its parameters (as the
/// default, or in an <c>Annotated</c> annotation), or click's <c>@option(…, help=…)</c> decorators. Its parameters are documented where its <c>--help</c> shows them, and its
/// docstring is the command's own help text, so an Args section there would print beside the options: in the
/// contribution profile no parameter finding asks for one and no draft writes one. One parameter with such help makes
/// the whole command one (huggingface_hub's commands also take options through aliases such as
/// <c>SearchOpt = Annotated[…, Option(help=…)]</c>, which a single file does not resolve).
/// </summary>
internal static class CommandLineCommand
{
    public static bool DocumentsItsParameters(Definition function)
    {
        // Read from the text, not parsed as the drafter's help texts are: a scan asks this of every documented function,
        // and the call parser would be code every scan compiles at run time (25 methods on huggingface_hub).
        foreach (var parameter in function.Parameters)
        {
            if (DeclaresOption(parameter.Default) || DeclaresOption(parameter.Annotation))
            {
                return true;
            }
        }
        foreach (var decorator in function.Decorators)
        {
            // @app.command(), @cli.command(), @click.command(): the framework reads its options from the signature or the
            // decorators below.
            var name = TypeExpression.LastSegment(decorator.Name);
            if ((name == "command" && decorator.Name.Contains('.'))
                || (name is "option" or "argument" && decorator.Arguments is { } arguments && arguments.Contains("help", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A typer <c>Option(…)</c> or <c>Argument(…)</c> call with a help text in the written default or annotation.</summary>
    private static bool DeclaresOption(string? written) =>
        written is not null && written.Contains("help", StringComparison.Ordinal)
        && (written.Contains("Option(", StringComparison.Ordinal) || written.Contains("Argument(", StringComparison.Ordinal));
}
