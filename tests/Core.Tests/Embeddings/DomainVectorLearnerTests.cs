using PodSearch.Core.Embeddings;

namespace PodSearch.Core.Tests.Embeddings;

public sealed class DomainVectorLearnerTests
{
    [Fact]
    public void WordsUsedInTheSameContextsEndUpCloserThanWordsThatNeverShareOne()
    {
        // "postgres" and "mysql" never meet, but both come with the same neighbours; "tomato" lives elsewhere.
        var random = new Random(5);
        string[] databaseContext = ["query", "index", "table", "replication", "schema", "transaction"];
        string[] gardenContext = ["soil", "compost", "seeds", "watering", "greenhouse", "harvest"];
        var sequences = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 400; i++)
        {
            var (word, context) = (i % 3) switch
            {
                0 => ("postgres", databaseContext),
                1 => ("mysql", databaseContext),
                _ => ("tomato", gardenContext),
            };
            var sentence = Enumerable.Range(0, 6).Select(_ => context[random.Next(context.Length)]).ToList();
            sentence.Insert(random.Next(sentence.Count), word);
            sequences.Add(sentence);
        }

        var learned = new DomainVectorLearner { Dimensions = 4, MinCount = 2 }.Learn(sequences);

        float Cosine(string a, string b)
        {
            Assert.True(learned.Vectors.TryGetIndex(a, out var ia));
            Assert.True(learned.Vectors.TryGetIndex(b, out var ib));
            return System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(learned.Vectors.Vector(ia), learned.Vectors.Vector(ib));
        }
        Assert.True(Cosine("postgres", "mysql") > Cosine("postgres", "tomato") + 0.3f,
            $"postgres~mysql {Cosine("postgres", "mysql"):F2}, postgres~tomato {Cosine("postgres", "tomato"):F2}");
        Assert.Equal(400 * 7, learned.TotalTokens);
    }
}
