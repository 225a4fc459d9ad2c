namespace ClawDev.Core.Rules;

/// <summary>A documentation rule: its descriptor and its check. <see cref="RuleRegistry"/> finds every concrete subclass.</summary>
internal abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public string Code => Descriptor.Code;
}

/// <summary>A rule about the module itself (D100, D104).</summary>
internal abstract class ModuleRule : Rule
{
    public abstract void Check(ModuleFacts module, FindingSink sink);
}

/// <summary>A rule about one class or function; exemptions are early returns.</summary>
internal abstract class DefinitionRule : Rule
{
    /// <summary>pydocstyle's terminal checks (the D1xx ones): once one reports, the definition's other rules do not run.</summary>
    public virtual bool IsTerminal => false;

    public abstract void Check(DefinitionFacts definition, ModuleFacts module, FindingSink sink);
}
