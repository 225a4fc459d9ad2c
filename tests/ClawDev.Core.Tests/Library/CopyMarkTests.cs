using ClawDev.Core.Library;

namespace ClawDev.Core.Tests.Library;

public sealed class CopyMarkTests
{
    [Theory]
    [InlineData("# Copied from transformers.models.bert.modeling_bert.BertModel", "transformers.models.bert.modeling_bert.BertModel", "")]
    [InlineData("    # Copied from transformers.models.bert.modeling_bert.BertSelfOutput with Bert->Roberta", "transformers.models.bert.modeling_bert.BertSelfOutput", "Bert->Roberta")]
    [InlineData("#Copied from diffusers.pipelines.x.Pipe.encode with Bert->Roberta, BERT->ROBERTA all-casing", "diffusers.pipelines.x.Pipe.encode", "Bert->Roberta|BERT->ROBERTA")]
    [InlineData("# Copied from pkg.mod.f with the addition of a flag", "pkg.mod.f", "")]
    [InlineData("\t#   Copied from   _pkg.mod_2.F_x   \r", "_pkg.mod_2.F_x", "")]
    [InlineData("# Copied from pkg.mod.Klass.method with Klass->Other  ", "pkg.mod.Klass.method", "Klass->Other")]
    public void Copy_marks_are_read_as_check_copies_reads_them(string comment, string origin, string replacements)
    {
        var mark = CopyMark.Parse(comment, 3);

        Assert.NotNull(mark);
        Assert.Equal(origin, mark.Origin);
        Assert.Equal(replacements, string.Join('|', mark.Replacements.Select(r => $"{r.From}->{r.To}")));
        Assert.Equal(3, mark.Line);
    }

    [Theory]
    [InlineData("# Copied from CallbackHandler.call_event with the addition of `ref_model`")]
    [InlineData("# Copied from: https://github.com/huggingface/transformers/blob/main/src/transformers/hf_argparser.py")]
    [InlineData("# Adapted from transformers.models.bert.modeling_bert.BertModel")]
    [InlineData("x = 1  # Copied from transformers.a.b")]
    [InlineData("# Copied from Transformers.a.b")]
    [InlineData("# Copied from transformers.a")]
    [InlineData("# Copied from transformers.a.b (with changes)")]
    [InlineData("# Copied from transformers.a.b with")]
    [InlineData("# Copied from transformers.a.1b")]
    [InlineData("# Copied fromtransformers.a.b")]
    public void Other_comments_are_not_copy_marks(string comment) => Assert.Null(CopyMark.Parse(comment, 0));

    [Fact]
    public void Names_map_between_origin_and_copy_through_the_replacements()
    {
        var mark = CopyMark.Parse("# Copied from t.m.LlamaMLP with Llama->Mistral all-casing", 0)!;

        Assert.Equal("MistralMLP.mistral_forward.MISTRAL", mark.ToCopy("LlamaMLP.llama_forward.LLAMA"));
        Assert.Equal("LlamaMLP.llama_forward.LLAMA", mark.ToOrigin("MistralMLP.mistral_forward.MISTRAL"));
        // In order, each over the previous result, as check_copies.py does.
        Assert.Equal("RorobertaaSelfOutput", CopyMark.Parse("# Copied from t.m.X with Bert->Roberta, bert->roberta", 0)!.ToCopy("BertSelfOutput"));
    }
}
