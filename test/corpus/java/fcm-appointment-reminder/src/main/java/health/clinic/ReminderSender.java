package health.clinic;

import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Sends the 24-hour appointment reminder. Runs hourly from cron. */
public class ReminderSender {
    private static final DateTimeFormatter FMT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");
    private final AppointmentDao dao;

    public ReminderSender(AppointmentDao dao) {
        this.dao = dao;
    }

    public int sendDue() {
        LocalDateTime from = LocalDateTime.now().plusHours(23);
        List<Appointment> due = dao.startingBetween(from, from.plusHours(1));
        int sent = 0;
        for (Appointment a : due) {
            if (a.patientDeviceToken() == null || a.reminderSent()) continue;
            Message m = Message.builder()
                    .setToken(a.patientDeviceToken())
                    .setNotification(Notification.builder()
                            .setTitle("Appointment tomorrow")
                            .setBody(a.clinicianName() + " at " + a.start().format(FMT))
                            .build())
                    .putData("appointmentId", a.id())
                    .build();
            try {
                FirebaseMessaging.getInstance().send(m);
                dao.markReminderSent(a.id());
                sent++;
            } catch (FirebaseMessagingException e) {
                System.err.println("reminder for " + a.id() + " failed: " + e.getMessagingErrorCode());
            }
        }
        return sent;
    }
}
