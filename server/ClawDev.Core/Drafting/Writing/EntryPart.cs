namespace ClawDev.Core.Drafting.Writing;

/// <summary>Which part of an entry to write: Sphinx lists that keep ":type" fields apart get the two parts separately.</summary>
internal enum EntryPart
{
    Whole,
    ParameterField,
    TypeField,
}
