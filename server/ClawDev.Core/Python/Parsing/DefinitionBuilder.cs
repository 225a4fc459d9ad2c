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
    private readonly List<string> _raised = [];

    public DefinitionHeader Header => header;
    public DefinitionBuilder? Parent => parent;
    public string QualifiedName { get; } = parent is null ? name : $"{parent.QualifiedName}.{name}";
    public string Indentation => indentation;
    public List<Definition> Children { get; } = [];

    /// <summary>Indentation level (INDENT count) of the body's statements.</summary>
    public int BodyDepth { get; set; }

    public string BodyIndentation { get; set; } = "";
    public bool IsOneLiner { get; set; }
    public Docstring? Docstring { get; set; }
    public string PydocstyleSkip { get; set; } = "";
    public bool Yields { get; set; }
    public bool ReturnsValue { get; set; }

    public void AddRaised(string exception)
    {
        if (!_raised.Contains(exception))
        {
            _raised.Add(exception);
        }
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
            Children = Children,
            Decorators = decorators,
            TypeParameters = header.TypeParameters,
            Parameters = header.Parameters,
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
            RaisedExceptions = _raised.Count == 0 ? [] : _raised,
            Yields = Yields,
            ReturnsValue = ReturnsValue,
            PydocstyleSkip = PydocstyleSkip,
        };
        foreach (var child in Children)
        {
            child.Parent = definition;
        }
        return definition;
    }
}
