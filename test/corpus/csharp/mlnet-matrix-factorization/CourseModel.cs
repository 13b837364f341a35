using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CourseSuggest;

public class Enrollment
{
    [LoadColumn(0)] public string LearnerId { get; set; } = "";
    [LoadColumn(1)] public string CourseId { get; set; } = "";
    [LoadColumn(2)] public float Progress { get; set; }
}

public class CourseScore
{
    public float Score { get; set; }
}

public sealed class CourseModel
{
    private readonly MLContext _ml = new(seed: 1);
    private ITransformer? _model;

    public void Train(string csvPath)
    {
        var data = _ml.Data.LoadFromTextFile<Enrollment>(csvPath, hasHeader: true, separatorChar: ',');
        var pipeline = _ml.Transforms.Conversion.MapValueToKey("learnerKey", nameof(Enrollment.LearnerId))
            .Append(_ml.Transforms.Conversion.MapValueToKey("courseKey", nameof(Enrollment.CourseId)))
            .Append(_ml.Recommendation().Trainers.MatrixFactorization(new MatrixFactorizationTrainer.Options
            {
                MatrixColumnIndexColumnName = "learnerKey",
                MatrixRowIndexColumnName = "courseKey",
                LabelColumnName = nameof(Enrollment.Progress),
                NumberOfIterations = 40,
                ApproximationRank = 64,
            }));
        _model = pipeline.Fit(data);
    }

    public IEnumerable<(string course, float score)> Suggest(string learnerId, IEnumerable<string> catalogue, int n = 5)
    {
        var engine = _ml.Model.CreatePredictionEngine<Enrollment, CourseScore>(_model!);
        return catalogue
            .Select(c => (c, engine.Predict(new Enrollment { LearnerId = learnerId, CourseId = c }).Score))
            .OrderByDescending(t => t.Item2)
            .Take(n);
    }
}
