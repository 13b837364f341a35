package com.telco.care;

import com.google.cloud.dialogflow.cx.v3.DetectIntentRequest;
import com.google.cloud.dialogflow.cx.v3.DetectIntentResponse;
import com.google.cloud.dialogflow.cx.v3.QueryInput;
import com.google.cloud.dialogflow.cx.v3.QueryResult;
import com.google.cloud.dialogflow.cx.v3.ResponseMessage;
import com.google.cloud.dialogflow.cx.v3.SessionName;
import com.google.cloud.dialogflow.cx.v3.SessionsClient;
import com.google.cloud.dialogflow.cx.v3.SessionsSettings;
import com.google.cloud.dialogflow.cx.v3.TextInput;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** Relays customer messages from the web widget to a Dialogflow CX agent, one CX session per chat. */
public class CxGateway implements AutoCloseable {
    private final SessionsClient client;
    private final String project;
    private final String location;
    private final String agent;

    public CxGateway(String project, String location, String agent) throws IOException {
        this.project = project;
        this.location = location;
        this.agent = agent;
        SessionsSettings settings = SessionsSettings.newBuilder()
                .setEndpoint(location + "-dialogflow.googleapis.com:443")
                .build();
        this.client = SessionsClient.create(settings);
    }

    public BotTurn send(String chatId, String text, String languageCode) {
        SessionName session = SessionName.ofProjectLocationAgentSessionName(project, location, agent, chatId);
        QueryInput input = QueryInput.newBuilder()
                .setText(TextInput.newBuilder().setText(text).build())
                .setLanguageCode(languageCode)
                .build();
        DetectIntentResponse resp = client.detectIntent(DetectIntentRequest.newBuilder()
                .setSession(session.toString())
                .setQueryInput(input)
                .build());
        QueryResult r = resp.getQueryResult();
        List<String> replies = r.getResponseMessagesList().stream()
                .filter(ResponseMessage::hasText)
                .flatMap(m -> m.getText().getTextList().stream())
                .collect(Collectors.toList());
        boolean handoff = r.getResponseMessagesList().stream().anyMatch(ResponseMessage::hasLiveAgentHandoff);
        return new BotTurn(r.getMatch().getIntent().getDisplayName(), r.getMatch().getConfidence(), replies, handoff);
    }

    public record BotTurn(String intent, float confidence, List<String> replies, boolean handoff) {}

    @Override
    public void close() {
        client.close();
    }
}
