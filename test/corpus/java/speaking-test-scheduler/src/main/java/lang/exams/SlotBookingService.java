package lang.exams;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Books candidates into face-to-face speaking-test slots with an available examiner. */
@Service
public class SlotBookingService {
    private static final Duration SLOT = Duration.ofMinutes(15);
    private final SlotRepository slots;
    private final ExaminerRepository examiners;

    public SlotBookingService(SlotRepository slots, ExaminerRepository examiners) {
        this.slots = slots;
        this.examiners = examiners;
    }

    @Transactional
    public Optional<Slot> book(String candidateId, String centre, LocalDateTime earliest) {
        if (slots.existsByCandidateIdAndStartAfter(candidateId, LocalDateTime.now())) {
            throw new IllegalStateException("candidate " + candidateId + " already has an upcoming speaking test");
        }
        List<Slot> free = slots.findFreeAtCentre(centre, earliest, earliest.plusDays(14));
        for (Slot s : free) {
            Optional<Examiner> ex = examiners.firstAvailable(centre, s.getStart(), s.getStart().plus(SLOT));
            if (ex.isPresent()) {
                s.setCandidateId(candidateId);
                s.setExaminer(ex.get());
                return Optional.of(slots.save(s));
            }
        }
        return Optional.empty();
    }

    @Transactional
    public void cancel(long slotId, String candidateId) {
        Slot s = slots.findById(slotId).orElseThrow(() -> new IllegalArgumentException("slot " + slotId + " not found"));
        if (!candidateId.equals(s.getCandidateId())) throw new IllegalArgumentException("not your booking");
        s.setCandidateId(null);
        s.setExaminer(null);
    }
}
