using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace SupportDesk.Hubs;

/// <summary>Live chat between website visitors and human support agents.</summary>
public class SupportHub(IConversationStore store, IAgentRouter router) : Hub
{
    public async Task StartConversation(string visitorName)
    {
        var convId = await store.CreateAsync(Context.ConnectionId, visitorName);
        await Groups.AddToGroupAsync(Context.ConnectionId, convId);
        var agent = await router.AssignLeastBusyAgentAsync(convId);
        if (agent is null)
        {
            await Clients.Caller.SendAsync("queued", "All agents are busy, you're in the queue.");
            return;
        }
        await Clients.User(agent.UserId).SendAsync("newConversation", convId, visitorName);
        await Clients.Caller.SendAsync("agentJoined", agent.DisplayName);
    }

    public async Task Send(string convId, string text)
    {
        var msg = await store.AppendAsync(convId, Context.UserIdentifier ?? Context.ConnectionId, text);
        await Clients.Group(convId).SendAsync("message", msg);
    }

    [Authorize(Roles = "agent")]
    public Task Join(string convId) => Groups.AddToGroupAsync(Context.ConnectionId, convId);

    [Authorize(Roles = "agent")]
    public async Task Close(string convId)
    {
        await store.CloseAsync(convId);
        await Clients.Group(convId).SendAsync("closed");
    }
}
