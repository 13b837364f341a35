package school.sis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Teachers type marks into the gradebook; this computes weighted term grades from them. */
public class GradebookService {
    private final MarkRepository marks;
    private final Map<String, BigDecimal> categoryWeights; // e.g. homework 0.2, tests 0.5, project 0.3

    public GradebookService(MarkRepository marks, Map<String, BigDecimal> categoryWeights) {
        this.marks = marks;
        this.categoryWeights = categoryWeights;
    }

    public void recordMark(String teacherId, String studentId, String assessmentId, BigDecimal points) {
        Assessment a = marks.assessment(assessmentId);
        if (points.compareTo(BigDecimal.ZERO) < 0 || points.compareTo(a.maxPoints()) > 0) {
            throw new IllegalArgumentException("mark for " + assessmentId + " must be between 0 and " + a.maxPoints());
        }
        marks.save(new Mark(studentId, assessmentId, points, teacherId));
    }

    public BigDecimal termPercentage(String studentId, String termId) {
        Map<String, List<Mark>> byCategory = marks.forStudentInTerm(studentId, termId).stream()
                .collect(Collectors.groupingBy(m -> marks.assessment(m.assessmentId()).category()));
        BigDecimal total = BigDecimal.ZERO, weightUsed = BigDecimal.ZERO;
        for (var e : byCategory.entrySet()) {
            BigDecimal earned = e.getValue().stream().map(Mark::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal possible = e.getValue().stream().map(m -> marks.assessment(m.assessmentId()).maxPoints())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal w = categoryWeights.getOrDefault(e.getKey(), BigDecimal.ZERO);
            total = total.add(earned.divide(possible, 6, RoundingMode.HALF_UP).multiply(w));
            weightUsed = weightUsed.add(w);
        }
        return weightUsed.signum() == 0 ? BigDecimal.ZERO
                : total.divide(weightUsed, 4, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(100));
    }

    public static String letter(BigDecimal pct) {
        double p = pct.doubleValue();
        return p >= 90 ? "A" : p >= 80 ? "B" : p >= 70 ? "C" : p >= 60 ? "D" : "F";
    }
}
