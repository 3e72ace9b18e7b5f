package org.csh.reconciler.bench;

import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Makes the Asana stub's tasks as large as a real workspace's: an engagement's tasks carry all of its custom
 * fields (enum fields with their options, a date, numbers, a long text), two project memberships and notes of a few
 * hundred characters with a link in the rich text. The stub still answers only the {@code opt_fields} asked for,
 * as Asana does, so what the job receives grows by what it asks for (every custom field of the task, each with
 * the sub-fields asked; both notes).
 */
final class RealisticAsanaAnswers {

    private static final Gson GSON = new GsonBuilder().serializeNulls().create();
    private static final Pattern TASK_LISTS = Pattern.compile(".*/(projects/[^/]+/tasks|tasks/[^/]+/subtasks)");
    private static final String NOTES = "Met the maintainers to go through the request. We checked the current "
            + "configuration together, agreed on the changes, and wrote the next steps into the shared document. "
            + "Questions that came up afterwards were answered in the support channel; the follow-up is tracked "
            + "in the engagement's board.";
    private static final String HTML_NOTES = "<body><strong>Summary</strong>\n" + NOTES.replace("shared document",
            "<a href=\"https://docs.example.org/engagements/runbook\">shared document</a>") + "\n<ul><li>checked "
            + "the configuration</li><li>agreed on the changes</li></ul></body>";

    private RealisticAsanaAnswers() {
    }

    /** Rewrites every task list stub on {@code server}; returns how many tasks grew. */
    static int apply(WireMockServer server) {
        int tasks = 0;
        for (StubMapping mapping : server.listAllStubMappings().getMappings()) {
            String path = mapping.getRequest().getUrlPath();
            if (path == null || !TASK_LISTS.matcher(path).matches() || mapping.getResponse().getBody() == null) {
                continue;
            }
            JsonObject body = JsonParser.parseString(mapping.getResponse().getBody()).getAsJsonObject();
            JsonArray data = body.getAsJsonArray("data");
            for (JsonElement task : data) {
                enrich(task.getAsJsonObject());
                tasks++;
            }
            mapping.setResponse(ResponseDefinitionBuilder.like(mapping.getResponse()).but()
                    .withBody(GSON.toJson(body)).build());
            server.editStubMapping(mapping);
        }
        return tasks;
    }

    private static void enrich(JsonObject task) {
        String gid = task.get("gid").getAsString();
        if (task.get("notes") == null || task.get("notes").isJsonNull() || task.get("notes").getAsString().isEmpty()) {
            task.addProperty("notes", NOTES);
            task.addProperty("html_notes", HTML_NOTES);
        }
        JsonArray fields = task.getAsJsonArray("custom_fields");
        int pick = Math.floorMod(gid.hashCode(), 4);
        fields.add(enumField("1300000000900001", "Action type", List.of("Delivery", "Operations", "Connecting",
                "Stewardship"), pick));
        fields.add(enumField("1300000000900002", "Who it was for", List.of("Contract", "Consortium", "Member group",
                "Premier member", "Starter member", "Internal"), pick + 1));
        fields.add(enumField("1300000000900003", "Priority", List.of("Low", "Medium", "High"), pick % 3));
        fields.add(numberField("1300000000900004", "Estimated time", 30.0 * (1 + pick)));
        fields.add(dateField("1300000000900005", "Date", "2026-11-0" + (1 + pick)));
        fields.add(textField("1300000000900006", "Deliverable", "Configuration reviewed and next steps agreed with "
                + "the maintainers; see the runbook for details."));
        JsonArray memberships = new JsonArray();
        memberships.add(membership("1300000000800001", "Activity Log", "1300000000800002", "Delivered"));
        memberships.add(membership("1300000000800003", "Community Success Hours", "1300000000800004", "Untitled section"));
        task.add("memberships", memberships);
        task.addProperty("resource_subtype", "default_task");
        task.addProperty("assignee_status", "upcoming");
        task.addProperty("created_at", "2026-10-02T09:12:44.118Z");
        task.addProperty("modified_at", "2026-11-20T16:03:51.902Z");
    }

    private static JsonObject base(String gid, String name, String subtype, String display) {
        JsonObject field = new JsonObject();
        field.addProperty("gid", gid);
        field.addProperty("resource_type", "custom_field");
        field.addProperty("name", name);
        field.addProperty("type", subtype);
        field.addProperty("resource_subtype", subtype);
        field.addProperty("enabled", true);
        field.addProperty("display_value", display);
        return field;
    }

    private static JsonObject enumField(String gid, String name, List<String> options, int chosen) {
        String value = options.get(chosen % options.size());
        JsonObject field = base(gid, name, "enum", value);
        JsonArray all = new JsonArray();
        for (int i = 0; i < options.size(); i++) {
            all.add(option(gid, i, options.get(i)));
        }
        field.add("enum_options", all);
        field.add("enum_value", option(gid, chosen % options.size(), value));
        return field;
    }

    private static JsonObject option(String fieldGid, int index, String name) {
        JsonObject option = new JsonObject();
        option.addProperty("gid", fieldGid + "0" + index);
        option.addProperty("resource_type", "enum_option");
        option.addProperty("name", name);
        option.addProperty("enabled", true);
        option.addProperty("color", List.of("green", "blue", "yellow-orange", "purple", "hot-pink", "cool-gray")
                .get(index % 6));
        return option;
    }

    private static JsonObject numberField(String gid, String name, double value) {
        JsonObject field = base(gid, name, "number", String.valueOf(value));
        field.addProperty("number_value", value);
        return field;
    }

    private static JsonObject dateField(String gid, String name, String date) {
        JsonObject field = base(gid, name, "date", date);
        JsonObject value = new JsonObject();
        value.addProperty("date", date);
        value.addProperty("date_time", (String) null);
        field.add("date_value", value);
        return field;
    }

    private static JsonObject textField(String gid, String name, String text) {
        JsonObject field = base(gid, name, "text", text);
        field.addProperty("text_value", text);
        return field;
    }

    private static JsonObject membership(String projectGid, String project, String sectionGid, String section) {
        JsonObject membership = new JsonObject();
        JsonObject projectNode = new JsonObject();
        projectNode.addProperty("gid", projectGid);
        projectNode.addProperty("resource_type", "project");
        projectNode.addProperty("name", project);
        JsonObject sectionNode = new JsonObject();
        sectionNode.addProperty("gid", sectionGid);
        sectionNode.addProperty("resource_type", "section");
        sectionNode.addProperty("name", section);
        membership.add("project", projectNode);
        membership.add("section", sectionNode);
        return membership;
    }
}
