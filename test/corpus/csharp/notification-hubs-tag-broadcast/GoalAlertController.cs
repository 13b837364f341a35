using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.NotificationHubs;

namespace MatchAlerts;

/// <summary>
/// Live-score feed calls this on every goal. Fans follow teams explicitly in the app
/// (the app registers tag "team:{id}"), so the hub fans the alert out by tag.
/// </summary>
[ApiController]
[Route("api/goals")]
public class GoalAlertController(NotificationHubClient hub) : ControllerBase
{
    public record Goal(int MatchId, int HomeId, int AwayId, string Scorer, int Minute, string Score);

    [HttpPost]
    public async Task<IActionResult> Post(Goal g)
    {
        var tagExpression = $"team:{g.HomeId} || team:{g.AwayId}";
        var body = $"⚽ {g.Scorer} {g.Minute}' — {g.Score}";
        var fcm = $"{{\"notification\":{{\"title\":\"GOAL!\",\"body\":\"{body}\"}},\"data\":{{\"matchId\":\"{g.MatchId}\"}}}}";
        var apns = $"{{\"aps\":{{\"alert\":{{\"title\":\"GOAL!\",\"body\":\"{body}\"}},\"sound\":\"goal.caf\"}}}}";
        await hub.SendFcmV1NativeNotificationAsync(fcm, tagExpression);
        await hub.SendAppleNativeNotificationAsync(apns, tagExpression);
        return Accepted();
    }
}
