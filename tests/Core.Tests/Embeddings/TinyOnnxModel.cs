using System.Text;
using Google.Protobuf;

namespace PodSearch.Core.Tests.Embeddings;

/// <summary>
/// Writes a tiny sentence-encoder model folder for tests, with no download and no Python: a vocab.txt and a
/// model.onnx whose graph is <c>last_hidden_state = Gather(words, input_ids) [+ Gather(types, token_type_ids)]</c>.
/// Each token's state is just its table row, so a test can work out the expected vectors on its own. The
/// attention mask is declared but unused, like padding in a real model it changes nothing the test could
/// see except through pooling. The protobuf is written field by field after onnx.proto (ir_version 8, opset 13).
/// </summary>
internal static class TinyOnnxModel
{
    public static readonly string[] Vocab =
    [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
        "the", "a", "of", "and", "on", "about",
        "rust", "memory", "safety", "boat", "##s", "sail", "bread", "dough", "oven",
    ];

    public static int Id(string token) => Array.IndexOf(Vocab, token);

    /// <summary>
    /// Writes vocab.txt and model.onnx into <paramref name="folder"/> and returns each vocab entry's state as the
    /// model gives it (its row, plus the type-0 row when the model takes token types). Rows are random unless
    /// <paramref name="row"/> gives one.
    /// </summary>
    public static float[][] Write(string folder, IReadOnlyList<string>? vocab = null, int dimensions = 8, bool tokenTypes = true,
        Func<string, float[]?>? row = null)
    {
        vocab ??= Vocab;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "vocab.txt"), string.Join('\n', vocab) + "\n", new UTF8Encoding(false));
        var random = new Random(7);
        var words = vocab.Select(token => row?.Invoke(token) ?? Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray()).ToArray();
        float[][] types = [Enumerable.Range(0, dimensions).Select(d => 0.25f * (d % 3)).ToArray(), new float[dimensions]];
        File.WriteAllBytes(Path.Combine(folder, "model.onnx"), Model(words, tokenTypes ? types : null));
        return tokenTypes ? words.Select(w => w.Zip(types[0], (a, b) => a + b).ToArray()).ToArray() : words;
    }

    private static byte[] Model(float[][] words, float[][]? types)
    {
        var dims = words[0].Length;
        var graph = new Message()
            .Str(2, "tiny_sentence_encoder")
            .Msg(5, Tensor("word_embeddings", words))
            .Msg(11, Input("input_ids"))
            .Msg(11, Input("attention_mask"))
            .Msg(12, Output("last_hidden_state", dims));
        if (types is null)
        {
            graph.Msg(1, Node("Gather", ["word_embeddings", "input_ids"], "last_hidden_state"));
        }
        else
        {
            graph.Msg(5, Tensor("token_type_embeddings", types))
                .Msg(11, Input("token_type_ids"))
                .Msg(1, Node("Gather", ["word_embeddings", "input_ids"], "word_states"))
                .Msg(1, Node("Gather", ["token_type_embeddings", "token_type_ids"], "type_states"))
                .Msg(1, Node("Add", ["word_states", "type_states"], "last_hidden_state"));
        }
        return new Message()
            .Int(1, 8) // ir_version
            .Str(2, "podsearch-tests") // producer_name
            .Msg(7, graph)
            .Msg(8, new Message().Str(1, "").Int(2, 13)) // opset_import: default domain, opset 13
            .ToArray();
    }

    private static Message Node(string op, string[] inputs, string output)
    {
        var node = new Message();
        foreach (var input in inputs)
            node.Str(1, input);
        return node.Str(2, output).Str(3, output + "_node").Str(4, op);
    }

    /// <summary>A float initializer of shape [rows, dims] (TensorProto: dims=1, data_type=2, float_data=4, name=8).</summary>
    private static Message Tensor(string name, float[][] rows)
    {
        var data = new Message();
        foreach (var value in rows.SelectMany(r => r))
            data.Float(value);
        return new Message().Int(1, rows.Length).Int(1, rows[0].Length).Int(2, 1).Packed(4, data).Str(8, name);
    }

    /// <summary>An int64 input of shape [batch, sequence] with symbolic dimensions.</summary>
    private static Message Input(string name) =>
        new Message().Str(1, name).Msg(2, TensorType(7, Shape(Symbolic("batch"), Symbolic("sequence"))));

    private static Message Output(string name, int dims) =>
        new Message().Str(1, name).Msg(2, TensorType(1, Shape(Symbolic("batch"), Symbolic("sequence"), new Message().Int(1, dims))));

    // TypeProto.tensor_type=1 -> Tensor { elem_type=1, shape=2 }; TensorShapeProto.dim=1 -> { dim_value=1 | dim_param=2 }.
    private static Message TensorType(int elementType, Message shape) => new Message().Msg(1, new Message().Int(1, elementType).Msg(2, shape));

    private static Message Shape(params Message[] dims)
    {
        var shape = new Message();
        foreach (var dim in dims)
            shape.Msg(1, dim);
        return shape;
    }

    private static Message Symbolic(string name) => new Message().Str(2, name);

    /// <summary>One protobuf message being written; nested messages are written as length-delimited bytes.</summary>
    private sealed class Message
    {
        private readonly MemoryStream bytes = new();
        private readonly CodedOutputStream output;

        public Message() => output = new CodedOutputStream(bytes, leaveOpen: true);

        public Message Int(int field, long value)
        {
            output.WriteTag(field, WireFormat.WireType.Varint);
            output.WriteInt64(value);
            return this;
        }

        public Message Str(int field, string value)
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteString(value);
            return this;
        }

        public Message Msg(int field, Message value)
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(ByteString.CopyFrom(value.ToArray()));
            return this;
        }

        /// <summary>Writes <paramref name="values"/>' raw bytes as one packed repeated field.</summary>
        public Message Packed(int field, Message values) => Msg(field, values);

        public Message Float(float value)
        {
            output.WriteFloat(value);
            return this;
        }

        public byte[] ToArray()
        {
            output.Flush();
            return bytes.ToArray();
        }
    }
}
