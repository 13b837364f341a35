namespace ExamOffice;

public record Exam(string Code, int DurationMinutes, IReadOnlySet<string> Candidates);
public record Session(DateOnly Day, string Period);
public record Placement(Exam Exam, Session Session, string Room);

/// <summary>
/// Greedy exam timetabler: largest exams first, no candidate sits two papers in one session.
/// </summary>
public sealed class TimetableBuilder(IReadOnlyList<Session> sessions, IReadOnlyDictionary<string, int> roomCapacity)
{
    public IReadOnlyList<Placement> Build(IEnumerable<Exam> exams)
    {
        var placements = new List<Placement>();
        var busy = sessions.ToDictionary(s => s, _ => new HashSet<string>());
        var roomsUsed = sessions.ToDictionary(s => s, _ => new HashSet<string>());

        foreach (var exam in exams.OrderByDescending(e => e.Candidates.Count))
        {
            var placed = false;
            foreach (var s in sessions)
            {
                if (busy[s].Overlaps(exam.Candidates)) continue;
                var room = roomCapacity
                    .Where(r => r.Value >= exam.Candidates.Count && !roomsUsed[s].Contains(r.Key))
                    .OrderBy(r => r.Value)
                    .Select(r => r.Key)
                    .FirstOrDefault();
                if (room is null) continue;
                busy[s].UnionWith(exam.Candidates);
                roomsUsed[s].Add(room);
                placements.Add(new Placement(exam, s, room));
                placed = true;
                break;
            }
            if (!placed) throw new InvalidOperationException($"exam {exam.Code}: no clash-free session with a big enough room");
        }
        return placements;
    }
}
