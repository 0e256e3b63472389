using PodSearch.Core.Tests.Embeddings;
using PodSearch.Core.Tests.Semantic;

namespace PodSearch.Core.Tests.Indexing;

/// <summary><c>podsearch index --encoder onnx --model DIR</c> as a user runs it: exit codes and messages, then a semantic search.</summary>
public sealed class OnnxIndexCommandTests : IDisposable
{
    private readonly NotesFolder folder = new();
    private readonly string model;

    public OnnxIndexCommandTests()
    {
        model = Path.Combine(folder.Root, "minilm");
        TinyOnnxModel.Write(model, [.. TinyOnnxModel.Vocab.Union(TopicNotes.Subjects.SelectMany(s => s.Words))]);
        TopicNotes.Write(folder, 4);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void OnnxEncoderIndexesAndSemanticSearchUsesIt()
    {
        var (exit, output, error) = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--encoder", "onnx", "--model", model);

        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        Assert.Contains("vectors: 4 episodes embedded with onnx-v1(minilm,sha256=", output);

        var search = PodsearchProcess.Run("search", "proofing the loaf", "--mode", "semantic", "--index", folder.Index, "--json");

        Assert.True(search.ExitCode == 0, $"exit {search.ExitCode}\n{search.Output}\n{search.Error}");
        Assert.Contains("\"mode\": \"semantic\"", search.Output.Replace("\"mode\":\"", "\"mode\": \""));
        Assert.DoesNotContain("unavailable", search.Output);
    }

    [Fact]
    public void OnnxMissingModelFileExitsOneNamingTheFile()
    {
        File.Delete(Path.Combine(model, "model.onnx"));

        var (exit, _, error) = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--encoder", "onnx", "--model", model);

        Assert.Equal(1, exit);
        Assert.Contains($"podsearch index: {Path.Combine(model, "model.onnx")} is missing", error);
    }

    [Fact]
    public void OnnxCorruptModelExitsOneNamingTheFile()
    {
        File.WriteAllBytes(Path.Combine(model, "model.onnx"), [0x08, 0x08, 0x3a, 0xff, 0x01]);

        var (exit, _, error) = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, "--encoder", "onnx", "--model", model);

        Assert.Equal(1, exit);
        Assert.Contains("podsearch index: ONNX encoder unusable: " + Path.Combine(model, "model.onnx"), error);
    }

    [Theory]
    [InlineData("--model", "x", "use it with --encoder onnx")]
    [InlineData("--encoder", "onnx", "--encoder onnx needs --model DIR")]
    [InlineData("--encoder", "bert", "unknown encoder 'bert'")]
    public void OnnxEncoderOptionsMisusedAreUsageErrors(string option, string value, string message)
    {
        var (exit, _, error) = PodsearchProcess.Run("index", folder.Notes, "--index", folder.Index, option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(folder.Index));
    }
}
