using System.Globalization;
using Tesseract;

namespace ExamScan;

public record AnswerBox(int Question, Rect Region, decimal Expected, decimal Tolerance, int Marks);

/// <summary>
/// Marks the numeric-response section of the physics paper: each answer is written in a
/// printed box; we OCR the box with a digits-only whitelist and compare with tolerance.
/// </summary>
public sealed class NumericAnswerMarker : IDisposable
{
    private readonly TesseractEngine _engine;

    public NumericAnswerMarker(string tessdata)
    {
        _engine = new TesseractEngine(tessdata, "eng", EngineMode.LstmOnly);
        _engine.SetVariable("tessedit_char_whitelist", "0123456789.-");
    }

    public (int awarded, int available, List<string> log) Mark(string scanPath, IEnumerable<AnswerBox> boxes)
    {
        using var pix = Pix.LoadFromFile(scanPath);
        int awarded = 0, available = 0;
        var log = new List<string>();
        foreach (var box in boxes)
        {
            available += box.Marks;
            using var page = _engine.Process(pix, box.Region, PageSegMode.SingleLine);
            var text = page.GetText().Trim();
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                && Math.Abs(value - box.Expected) <= box.Tolerance)
            {
                awarded += box.Marks;
                log.Add($"Q{box.Question}: '{text}' correct");
            }
            else
            {
                log.Add($"Q{box.Question}: '{text}' (conf {page.GetMeanConfidence():P0}) wrong or unreadable");
            }
        }
        return (awarded, available, log);
    }

    public void Dispose() => _engine.Dispose();
}
