namespace ClawDev.Core.Python.Parsing;

/// <summary>A definition whose body is still being read.</summary>
internal sealed class DefinitionBuilder(
    DefinitionHeader header,
    string name,
    DefinitionBuilder? parent,
    IReadOnlyList<Decorator> decorators,
    int spanStart,
    string indentation)
{
    private List<string>? _raised;
    private List<Definition>? _children;
    private List<Parameter>? _fields;
    private List<string>? _declaredAttributes;

    public DefinitionHeader Header => header;
    public DefinitionBuilder? Parent => parent;
    public string QualifiedName { get; } = Bounded(parent is null ? name : $"{parent.QualifiedName}.{name}");
    public string Indentation => indentation;

    /// <summary>Indentation level (INDENT count) of the body's statements.</summary>
    public int BodyDepth { get; set; }

    public string BodyIndentation { get; set; } = "";
    public bool IsOneLiner { get; set; }
    public bool ForTypeCheckersOnly { get; init; }
    public Docstring? Docstring { get; set; }
    public string PydocstyleSkip { get; set; } = "";
    public bool Yields { get; set; }
    public bool ReturnsValue { get; set; }
    public bool ReturnsNotNone { get; set; }

    /// <summary>Keeps the start and the end of a name longer than <see cref="Definition.MaxQualifiedNameLength"/>:
    /// every nested definition repeats its parents' names, so 300 nested classes with 15,000-character names would
    /// otherwise hold (and report) 300 names of up to 4.5 million characters.</summary>
    private static string Bounded(string qualifiedName)
    {
        const int max = Definition.MaxQualifiedNameLength;
        return qualifiedName.Length <= max
            ? qualifiedName
            : string.Concat(qualifiedName.AsSpan(0, (max / 2) - 1), "…", qualifiedName.AsSpan(qualifiedName.Length - (max / 2)));
    }

    public void AddRaised(string exception)
    {
        _raised ??= [];
        if (!_raised.Contains(exception))
        {
            _raised.Add(exception);
        }
    }

    public void AddChild(Definition child) => (_children ??= []).Add(child);

    public bool IsClass => header.Kind == DefinitionKind.Class;

    /// <summary>A class whose __init__ the decorator generates from its fields: only its annotated assignments are read.</summary>
    public bool IsDataclass { get; } = header.Kind == DefinitionKind.Class && HasDataclassDecorator(decorators);

    /// <summary>An annotated assignment in a dataclass body (<c>name: type = default</c>): a field.</summary>
    public void AddField(Parameter field) => (_fields ??= []).Add(field);

    /// <summary>A name a class body declares with an annotation.</summary>
    public void AddDeclaredAttribute(string name) => (_declaredAttributes ??= []).Add(name);

    /// <summary><c>@dataclass</c>, <c>@dataclasses.dataclass(...)</c>, <c>@pydantic.dataclasses.dataclass</c>: the class
    /// gets an __init__ whose parameters are its fields.</summary>
    private static bool HasDataclassDecorator(IReadOnlyList<Decorator> decorators)
    {
        foreach (var decorator in decorators)
        {
            if (decorator.Name == "dataclass" || decorator.Name.EndsWith(".dataclass", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <param name="spanEnd">End of the last line of the body that is not blank or a comment.</param>
    public Definition Build(int spanEnd)
    {
        var definition = new Definition
        {
            Kind = header.Kind,
            Name = name,
            QualifiedName = QualifiedName,
            IsAsync = header.IsAsync,
            Children = _children ?? (IReadOnlyList<Definition>)[],
            Decorators = decorators,
            TypeParameters = header.TypeParameters,
            Parameters = IsDataclass ? _fields ?? (IReadOnlyList<Parameter>)[] : header.Parameters,
            DeclaredAttributes = _declaredAttributes ?? (IReadOnlyList<string>)[],
            Bases = header.Bases,
            ReturnAnnotation = header.ReturnAnnotation,
            Docstring = Docstring,
            Span = new TextSpan(spanStart, spanEnd),
            KeywordOffset = header.Keyword.Start,
            NameSpan = header.Name.Span,
            HeaderColonOffset = header.ColonOffset,
            BodyIndentation = BodyIndentation,
            Indentation = indentation,
            IsOneLiner = IsOneLiner,
            ForTypeCheckersOnly = ForTypeCheckersOnly,
            RaisedExceptions = _raised ?? (IReadOnlyList<string>)[],
            Yields = Yields,
            ReturnsValue = ReturnsValue,
            ReturnsNotNone = ReturnsNotNone,
            PydocstyleSkip = PydocstyleSkip,
        };
        foreach (var child in definition.Children)
        {
            child.Parent = definition;
        }
        return definition;
    }
}
