import Foundation
import UserNotifications

struct Plant: Identifiable {
    let id: UUID
    let name: String
    let wateringIntervalDays: Int
    let lastWatered: Date
}

/// Schedules a local "time to water" notification per plant. Nothing leaves the device.
final class WateringScheduler {
    private let center = UNUserNotificationCenter.current()

    func requestAuthorization() async throws -> Bool {
        try await center.requestAuthorization(options: [.alert, .sound, .badge])
    }

    func schedule(_ plant: Plant) async throws {
        let due = Calendar.current.date(byAdding: .day, value: plant.wateringIntervalDays, to: plant.lastWatered) ?? Date()
        var comps = Calendar.current.dateComponents([.year, .month, .day], from: due)
        comps.hour = 9
        let content = UNMutableNotificationContent()
        content.title = "Thirsty plant"
        content.body = "\(plant.name) needs water today."
        content.sound = .default
        let request = UNNotificationRequest(
            identifier: plant.id.uuidString,
            content: content,
            trigger: UNCalendarNotificationTrigger(dateMatching: comps, repeats: false))
        center.removePendingNotificationRequests(withIdentifiers: [plant.id.uuidString])
        try await center.add(request)
    }
}
