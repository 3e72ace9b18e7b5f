package org.csh.reconciler.demo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.CustomFieldValue;
import org.csh.reconciler.asana.Engagement;
import org.csh.reconciler.asana.LogProject;

/**
 * Serves an {@link AsanaSnapshot} from WireMock the way the Asana REST API does, so that {@code AsanaApiSource}
 * reads it back unchanged: only the fields named in {@code opt_fields} (plus {@code gid}; compact records when
 * none are named), and real {@code limit}/{@code offset} pagination with {@code next_page}. A CSH task also takes
 * {@code PUT /tasks/{gid}} setting its custom fields by gid, as the write-back sends it, and later reads show the
 * values written.
 *
 * <p>The server must be built with {@link #extensions()}, e.g.
 * {@code new WireMockServer(options().dynamicPort().extensions(AsanaApiStub.extensions()))}.
 */
public final class AsanaApiStub {

    /** Name of the response transformer the stubs use. */
    public static final String TRANSFORMER = "asana-api-fields-and-pages";

    private static final int MAX_LIMIT = 100;
    /** Transformer parameter: the gids, comma-separated, of the tasks that answer with no subtasks. */
    private static final String LEAVES = "leaves";
    /** Below every task's own stub. */
    private static final int LEAVES_PRIORITY = 10;
    /** Asana writes {@code "completed_at": null} and {@code "next_page": null} out, so must we. */
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    private AsanaApiStub() {
    }

    /** Extensions to pass to {@code WireMockConfiguration.extensions(...)} before the server is built. */
    public static Extension[] extensions() {
        return new Extension[] {new AsanaResponses()};
    }

    /**
     * Registers the stubs for {@code data} under {@code settings.apiUrl()}'s path: the portfolio (when
     * {@code settings.portfolioGid()} is set), one project per engagement, its tasks and all subtasks.
     * Each project also gets two ordinary tasks ("Kickoff call", "Onboarding checklist" with two subtasks),
     * so that readers must tell CSH tasks from the rest. CSH work items must be listed depth first (parents
     * before their children) for the round trip to give back the same order.
     */
    public static void register(WireMockServer server, AsanaSnapshot data, AsanaSettings settings) {
        if (!server.getLoadedExtensionNames().contains(TRANSFORMER)) {
            throw new IllegalStateException("build the WireMockServer with AsanaApiStub.extensions(): without it "
                    + "the stub would answer with every field instead of only those asked for");
        }
        new Stubs(server, basePath(settings.apiUrl()), settings, new GidSource(gidsIn(data))).register(data);
    }

    /** Forgets every value written by {@code PUT}: the server answers with the snapshot as registered again. */
    public static void forgetWrites(WireMockServer server) {
        if (server.getOptions().getDeclaredExtensions().getInstances().get(TRANSFORMER) instanceof AsanaResponses
                responses) {
            responses.written.clear();
        }
    }

    /** Adds one stub per endpoint; each holds full records that {@link AsanaResponses} trims per request. */
    private static final class Stubs {

        private final WireMockServer server;
        private final String basePath;
        private final AsanaSettings settings;
        private final GidSource gids;
        private final Map<String, String> fieldGids = new HashMap<>();
        private final Map<String, String> optionGids = new HashMap<>();
        /** Log-project items by their parent's gid. */
        private final Map<String, List<AsanaWorkItem>> logChildren = new LinkedHashMap<>();
        /** Top-level log-project items by each other project they belong to. */
        private final Map<String, List<AsanaWorkItem>> alsoListedIn = new HashMap<>();
        private final Set<String> subtaskListsServed = new HashSet<>();
        /**
         * Tasks with no subtasks. One stub answers them all, because WireMock compares a request with every stub
         * in turn, and a stub per task would make a large organisation's stub slower than the API it stands for.
         */
        private final List<String> leaves = new ArrayList<>();

        Stubs(WireMockServer server, String basePath, AsanaSettings settings, GidSource gids) {
            this.server = server;
            this.basePath = basePath;
            this.settings = settings;
            this.gids = gids;
        }

        void register(AsanaSnapshot data) {
            JsonArray projects = new JsonArray();
            for (LogProject log : data.logProjects()) {
                log.items().forEach(item -> logChildren.putIfAbsent(item.gid(), new ArrayList<>()));
                log.items().stream().filter(item -> item.parentGid() != null).forEach(item ->
                        logChildren.computeIfAbsent(item.parentGid(), parent -> new ArrayList<>()).add(item));
                log.items().stream().filter(item -> item.parentGid() == null)
                        .forEach(item -> item.projectGids().forEach(project -> alsoListedIn
                                .computeIfAbsent(project, p -> new ArrayList<>()).add(item)));
            }
            for (Engagement engagement : data.engagements()) {
                JsonObject project = project(engagement.gid(), engagement.name(), engagement.url());
                project.addProperty("start_on", engagement.startOn());
                project.addProperty("due_on", engagement.dueOn());
                project.add("custom_fields", communityField(engagement));
                projects.add(project);
                stub("/projects/" + engagement.gid(), project);
                stub("/projects/" + engagement.gid() + "/tasks", tasksOf(engagement));
            }
            for (LogProject log : data.logProjects()) {
                stub("/projects/" + log.gid(), project(log.gid(), log.name(), log.url()));
                stub("/projects/" + log.gid() + "/tasks", logTasksOf(log));
            }
            if (settings.portfolioGid() != null && !settings.portfolioGid().isBlank()) {
                stub("/portfolios/" + settings.portfolioGid() + "/items", projects);
            }
            JsonObject body = new JsonObject();
            body.add("data", new JsonArray());
            server.stubFor(get(urlPathMatching(basePath + "/tasks/[^/]+/subtasks")).atPriority(LEAVES_PRIORITY)
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json; charset=UTF-8")
                            .withBody(GSON.toJson(body))
                            .withTransformers(TRANSFORMER)
                            .withTransformerParameter("basePath", basePath)
                            .withTransformerParameter(LEAVES, "," + String.join(",", leaves) + ",")));
        }

        private static JsonObject project(String gid, String name, String url) {
            JsonObject project = new JsonObject();
            project.addProperty("gid", gid);
            project.addProperty("resource_type", "project");
            project.addProperty("name", name);
            project.addProperty("permalink_url", url);
            project.add("custom_fields", new JsonArray());
            return project;
        }

        /**
         * The engagement's community drop-down: its option, or no option chosen where the snapshot says so; no field
         * at all where it names neither, as in a project made before the field existed.
         */
        private JsonArray communityField(Engagement engagement) {
            JsonArray fields = new JsonArray();
            boolean unchosen = engagement.readProblems().stream().anyMatch(p -> p.contains("no option chosen"));
            if (engagement.communityValue() == null && !unchosen) {
                return fields;
            }
            JsonObject field = new JsonObject();
            field.addProperty("gid", fieldGids.computeIfAbsent(settings.communityField(), n -> gids.next()));
            field.addProperty("resource_type", "custom_field");
            field.addProperty("name", settings.communityField());
            field.addProperty("type", "enum");
            field.addProperty("resource_subtype", "enum");
            if (engagement.communityValue() == null) {
                field.add("enum_value", JsonNull.INSTANCE);
            } else {
                JsonObject option = new JsonObject();
                option.addProperty("gid", optionGids.computeIfAbsent(engagement.communityValue(), v -> gids.next()));
                option.addProperty("resource_type", "enum_option");
                option.addProperty("name", engagement.communityValue());
                option.addProperty("enabled", true);
                option.addProperty("color", "blue");
                field.add("enum_value", option);
            }
            field.addProperty("display_value", engagement.communityValue());
            fields.add(field);
            return fields;
        }

        /** A log project's tasks (the items without a parent) and, per task, its subtasks. */
        private JsonArray logTasksOf(LogProject log) {
            JsonArray tasks = new JsonArray();
            for (AsanaWorkItem item : log.items()) {
                List<AsanaWorkItem> below = logChildren.get(item.gid());
                if (item.parentGid() == null) {
                    tasks.add(workItem(item, logChildren));
                }
                if (below.isEmpty()) {
                    leaves.add(item.gid());
                } else if (subtaskListsServed.add(item.gid())) {
                    JsonArray subtasks = new JsonArray();
                    below.forEach(child -> subtasks.add(workItem(child, logChildren)));
                    stub("/tasks/" + item.gid() + "/subtasks", subtasks);
                }
            }
            return tasks;
        }

        private JsonArray tasksOf(Engagement engagement) {
            JsonArray tasks = new JsonArray();
            tasks.add(ordinaryTask(engagement, "Kickoff call", true, 0));
            for (CshTask cshTask : engagement.cshTasks()) {
                tasks.add(cshTask(cshTask));
            }
            // a log project's task added to this engagement is one of its tasks too, as in Asana
            alsoListedIn.getOrDefault(engagement.gid(), List.of()).forEach(item -> tasks.add(workItem(item, logChildren)));
            JsonObject checklist = ordinaryTask(engagement, "Onboarding checklist", false, 2);
            tasks.add(checklist);
            JsonArray checklistItems = new JsonArray();
            checklistItems.add(ordinaryTask(engagement, "Invite maintainers to the chat", true, 0));
            checklistItems.add(ordinaryTask(engagement, "Share the CSH guide", false, 0));
            stub("/tasks/" + checklist.get("gid").getAsString() + "/subtasks", checklistItems);
            return tasks;
        }

        private JsonObject cshTask(CshTask cshTask) {
            Map<String, List<AsanaWorkItem>> children = new LinkedHashMap<>();
            // like Asana, every task answers for its subtasks, an empty list when it has none
            children.put(cshTask.gid(), new ArrayList<>());
            cshTask.items().forEach(item -> children.put(item.gid(), new ArrayList<>()));
            for (AsanaWorkItem item : cshTask.items()) {
                children.computeIfAbsent(item.parentGid(), parent -> new ArrayList<>()).add(item);
            }
            children.forEach((parent, items) -> {
                if (items.isEmpty()) {
                    leaves.add(parent);
                    return;
                }
                JsonArray subtasks = new JsonArray();
                items.forEach(item -> subtasks.add(workItem(item, children)));
                stub("/tasks/" + parent + "/subtasks", subtasks);
            });
            JsonArray fields = new JsonArray();
            fields.add(field(settings.hoursTotalField(), cshTask.hoursTotal(), true));
            if (settings.usedField() != null && cshTask.usedField() != null) {
                fields.add(usedField(cshTask.usedField()));
            }
            JsonObject task = task(cshTask.gid(), cshTask.name(), "", cshTask.url(), false, null, null,
                    children.getOrDefault(cshTask.gid(), List.of()).size(), fields);
            task.addProperty("start_on", cshTask.startOn());
            task.addProperty("due_on", cshTask.dueOn());
            updatable(cshTask.gid(), task);
            return task;
        }

        /** {@code PUT /tasks/{gid}} answers with the task as it is after the update, as Asana does. */
        private void updatable(String gid, JsonObject task) {
            JsonObject body = new JsonObject();
            body.add("data", task);
            server.stubFor(put(urlPathEqualTo(basePath + "/tasks/" + gid)).willReturn(aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(GSON.toJson(body))
                    .withTransformers(TRANSFORMER)
                    .withTransformerParameter("basePath", basePath)));
        }

        private JsonObject workItem(AsanaWorkItem item, Map<String, List<AsanaWorkItem>> children) {
            JsonArray fields = new JsonArray();
            fields.add(field(settings.githubUrlField(), item.githubUrl(), false));
            fields.add(field(settings.githubHoursField(), item.githubHours(), true));
            fields.add(field(settings.totalTimeField(), item.totalTime(), true));
            String deliveredOn = settings.deliveredOn();
            boolean byField = !deliveredOn.equalsIgnoreCase(AsanaSettings.COMPLETED_AT)
                    && !deliveredOn.equalsIgnoreCase(AsanaSettings.DUE_ON);
            if (byField) {
                fields.add(dateField(deliveredOn, item.deliveredOn()));
            }
            JsonObject task = task(item.gid(), item.name(), item.notes(), item.url(), item.completed(),
                    item.completedAt(), item.actualTimeMinutes().orElse(null),
                    children.getOrDefault(item.gid(), List.of()).size(), fields);
            task.addProperty("due_on", deliveredOn.equalsIgnoreCase(AsanaSettings.DUE_ON) ? item.deliveredOn() : null);
            JsonArray memberships = new JsonArray();
            for (String projectGid : item.projectGids()) {
                JsonObject project = new JsonObject();
                project.addProperty("gid", projectGid);
                project.addProperty("resource_type", "project");
                JsonObject membership = new JsonObject();
                membership.add("project", project);
                memberships.add(membership);
            }
            task.add("memberships", memberships);
            return task;
        }

        /**
         * The write-back's field ({@code csh.asana.write-back.used-field}) as the task carries it: a number field
         * unless the snapshot says another type, under the snapshot's gid (one field of the workspace, one gid).
         */
        private JsonObject usedField(CustomFieldValue value) {
            String name = settings.usedField();
            String gid = value.gid() != null ? value.gid() : fieldGids.computeIfAbsent(name, n -> gids.next());
            fieldGids.putIfAbsent(name, gid);
            boolean isNumber = value.holdsNumbers();
            return field(gid, name, isNumber ? CustomFieldValue.NUMBER : value.type(),
                    isNumber ? plainNumber(value.value()) : null, value.value());
        }

        /** A date custom field, as Asana sends one: {@code date_value.date}, null when no date is chosen. */
        private JsonObject dateField(String name, String date) {
            JsonObject field = new JsonObject();
            field.addProperty("gid", fieldGids.computeIfAbsent(name, n -> gids.next()));
            field.addProperty("resource_type", "custom_field");
            field.addProperty("name", name);
            field.addProperty("type", "date");
            field.addProperty("resource_subtype", "date");
            if (date == null) {
                field.add("date_value", JsonNull.INSTANCE);
            } else {
                JsonObject value = new JsonObject();
                value.addProperty("date", date);
                value.add("date_time", JsonNull.INSTANCE);
                field.add("date_value", value);
            }
            field.addProperty("display_value", date);
            return field;
        }

        private JsonObject ordinaryTask(Engagement engagement, String name, boolean completed, int subtasks) {
            String gid = gids.next();
            if (subtasks == 0) {
                leaves.add(gid);
            }
            JsonArray fields = new JsonArray();
            fields.add(field(settings.githubUrlField(), null, false));
            fields.add(field(settings.githubHoursField(), null, true));
            fields.add(field(settings.totalTimeField(), null, true));
            return task(gid, name, "", "https://app.asana.com/0/" + engagement.gid() + "/" + gid, completed,
                    completed ? "2026-01-12T09:30:00.000Z" : null, null, subtasks, fields);
        }

        private static JsonObject task(String gid, String name, String notes, String url, boolean completed,
                String completedAt, Double actualTimeMinutes, int numSubtasks, JsonArray customFields) {
            JsonObject task = new JsonObject();
            task.addProperty("gid", gid);
            task.addProperty("resource_type", "task");
            task.addProperty("resource_subtype", "default_task");
            task.addProperty("name", name);
            task.addProperty("notes", notes);
            task.addProperty("html_notes", "<body>" + escapeHtml(notes) + "</body>");
            task.addProperty("permalink_url", url);
            task.addProperty("completed", completed);
            task.addProperty("completed_at", completedAt);
            task.addProperty("actual_time_minutes", actualTimeMinutes);
            task.addProperty("num_subtasks", numSubtasks);
            task.add("custom_fields", customFields);
            return task;
        }

        private static String escapeHtml(String text) {
            return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        /** A number field when the value reads back as the same number, else a text field, as people set them up. */
        private JsonObject field(String name, String value, boolean numeric) {
            BigDecimal number = numeric ? plainNumber(value) : null;
            boolean isNumber = numeric && (value == null || number != null);
            return field(fieldGids.computeIfAbsent(name, n -> gids.next()), name,
                    isNumber ? CustomFieldValue.NUMBER : "text", number, value);
        }

        /** One custom field as Asana sends it: a number field holds {@code number_value}, others {@code text_value}. */
        private static JsonObject field(String gid, String name, String type, BigDecimal number, String value) {
            boolean isNumber = CustomFieldValue.NUMBER.equals(type);
            JsonObject field = new JsonObject();
            field.addProperty("gid", gid);
            field.addProperty("resource_type", "custom_field");
            field.addProperty("name", name);
            field.addProperty("type", type);
            field.addProperty("resource_subtype", type);
            field.addProperty("enabled", true);
            if (isNumber) {
                field.addProperty("number_value", number);
            } else {
                field.addProperty("text_value", value);
            }
            field.addProperty("display_value", value);
            return field;
        }

        private void stub(String path, JsonElement fullData) {
            JsonObject body = new JsonObject();
            body.add("data", fullData);
            server.stubFor(get(urlPathEqualTo(basePath + path)).willReturn(aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(GSON.toJson(body))
                    .withTransformers(TRANSFORMER)
                    .withTransformerParameter("basePath", basePath)));
        }
    }

    /**
     * Answers like Asana: trims the stub's full records to the requested fields and serves one page of them; applies
     * a task's {@code PUT}, and shows the values written in every later answer holding the task.
     */
    static final class AsanaResponses implements ResponseDefinitionTransformerV2 {

        /** Custom field values written so far: task gid → field gid → value. */
        private final Map<String, Map<String, JsonElement>> written = new ConcurrentHashMap<>();

        @Override
        public String getName() {
            return TRANSFORMER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            ResponseDefinition stubbed = serveEvent.getResponseDefinition();
            Request request = serveEvent.getRequest();
            if ("PUT".equals(request.getMethod().getName())) {
                return update(stubbed, request);
            }
            Object leaves = serveEvent.getTransformerParameters().get(LEAVES);
            if (leaves != null && !leaves.toString().contains("," + taskGid(request) + ",")) {
                return notFound(stubbed);
            }
            JsonElement data = JsonParser.parseString(stubbed.getBody()).getAsJsonObject().get("data");
            if (data.isJsonArray()) {
                data.getAsJsonArray().forEach(record -> showWrites(record.getAsJsonObject()));
            } else {
                showWrites(data.getAsJsonObject());
            }
            List<String> fields = optFields(request.queryParameter("opt_fields"));
            JsonObject body = new JsonObject();
            if (data.isJsonArray()) {
                String error = page(data.getAsJsonArray(), fields, request, basePath(serveEvent), body);
                if (error != null) {
                    return badRequest(stubbed, error);
                }
            } else {
                body.add("data", select(data.getAsJsonObject(), fields));
            }
            return ResponseDefinitionBuilder.like(stubbed).but().withBody(GSON.toJson(body)).build();
        }

        /**
         * {@code PUT /tasks/{gid}} with {@code {"data": {"custom_fields": {"<field gid>": value}}}}: checked as Asana
         * checks it (a field the task does not carry, or text for a number field, is a 400 and changes nothing), then
         * kept, and the task answered as it now is.
         */
        private ResponseDefinition update(ResponseDefinition stubbed, Request request) {
            JsonObject task = JsonParser.parseString(stubbed.getBody()).getAsJsonObject().getAsJsonObject("data");
            JsonElement body;
            try {
                body = JsonParser.parseString(request.getBodyAsString());
            } catch (JsonParseException e) {
                return badRequest(stubbed, "Could not parse request data, invalid JSON");
            }
            if (!body.isJsonObject() || !(body.getAsJsonObject().get("data") instanceof JsonObject data)) {
                return badRequest(stubbed, "data: Missing input");
            }
            Map<String, JsonElement> values = new LinkedHashMap<>();
            if (data.has("custom_fields")) {
                if (!data.get("custom_fields").isJsonObject()) {
                    return badRequest(stubbed, "custom_fields: Value must be an object");
                }
                for (Map.Entry<String, JsonElement> value : data.getAsJsonObject("custom_fields").entrySet()) {
                    JsonObject field = fieldWithGid(task, value.getKey());
                    if (field == null) {
                        return badRequest(stubbed, "custom_fields: Custom field with ID " + value.getKey()
                                + " is not on given object");
                    }
                    boolean number = CustomFieldValue.NUMBER.equals(field.get("resource_subtype").getAsString());
                    if (number && !value.getValue().isJsonNull() && !(value.getValue().isJsonPrimitive()
                            && value.getValue().getAsJsonPrimitive().isNumber())) {
                        return badRequest(stubbed, "custom_fields: Number value for custom field " + value.getKey()
                                + " must be a number");
                    }
                    values.put(value.getKey(), value.getValue());
                }
            }
            written.computeIfAbsent(task.get("gid").getAsString(), gid -> new ConcurrentHashMap<>()).putAll(values);
            showWrites(task);
            JsonObject answer = new JsonObject();
            answer.add("data", task);
            return ResponseDefinitionBuilder.like(stubbed).but().withBody(GSON.toJson(answer)).build();
        }

        /** The record with the values written to it so far, as number or text, and their display value. */
        private void showWrites(JsonObject record) {
            Map<String, JsonElement> values = record.has("gid") ? written.get(record.get("gid").getAsString()) : null;
            if (values == null) {
                return;
            }
            values.forEach((gid, value) -> {
                JsonObject field = fieldWithGid(record, gid);
                boolean number = CustomFieldValue.NUMBER.equals(field.get("resource_subtype").getAsString());
                field.add(number ? "number_value" : "text_value", value);
                field.add("display_value", value.isJsonNull() ? JsonNull.INSTANCE
                        : new JsonPrimitive(number ? value.getAsBigDecimal().toPlainString()
                                : value.getAsString()));
            });
        }

        private static JsonObject fieldWithGid(JsonObject task, String gid) {
            if (!(task.get("custom_fields") instanceof JsonArray fields)) {
                return null;
            }
            for (JsonElement field : fields) {
                if (field.isJsonObject() && gid.equals(field.getAsJsonObject().get("gid").getAsString())) {
                    return field.getAsJsonObject();
                }
            }
            return null;
        }

        /** Fills {@code body} with one page; returns Asana's error message for a bad limit or offset. */
        private static String page(JsonArray all, List<String> fields, Request request, String basePath,
                JsonObject body) {
            QueryParameter limitParam = request.queryParameter("limit");
            int limit = all.size();
            if (limitParam.isPresent()) {
                try {
                    limit = Integer.parseInt(limitParam.firstValue());
                } catch (NumberFormatException e) {
                    limit = -1;
                }
                if (limit < 1 || limit > MAX_LIMIT) {
                    return "limit: Must be between 1 and " + MAX_LIMIT;
                }
            }
            QueryParameter offsetParam = request.queryParameter("offset");
            int start = offsetParam.isPresent() ? decodeOffset(offsetParam.firstValue()) : 0;
            if (start < 0 || start > all.size()) {
                return "offset: Your pagination token is invalid.";
            }
            int end = Math.min(all.size(), start + limit);
            JsonArray data = new JsonArray();
            for (int i = start; i < end; i++) {
                data.add(select(all.get(i).getAsJsonObject(), fields));
            }
            body.add("data", data);
            // Asana sends next_page only when a limit was given, and null on the last page
            if (limitParam.isPresent()) {
                body.add("next_page", end < all.size() ? nextPage(request, basePath, limit, end) : JsonNull.INSTANCE);
            }
            return null;
        }

        private static JsonObject nextPage(Request request, String basePath, int limit, int end) {
            String offset = encodeOffset(end);
            String path = request.getUrl().split("\\?", 2)[0];
            String relative = path.startsWith(basePath) ? path.substring(basePath.length()) : path;
            String absolute = request.getAbsoluteUrl().split("\\?", 2)[0];
            String query = "?limit=" + limit + "&offset=" + offset;
            JsonObject next = new JsonObject();
            next.addProperty("offset", offset);
            next.addProperty("path", relative + query);
            next.addProperty("uri", absolute + query);
            return next;
        }

        /** The gid in {@code /tasks/{gid}/subtasks}. */
        private static String taskGid(Request request) {
            String[] parts = request.getUrl().split("\\?", 2)[0].split("/");
            return parts.length >= 2 ? parts[parts.length - 2] : "";
        }

        private static ResponseDefinition notFound(ResponseDefinition stubbed) {
            JsonObject error = new JsonObject();
            error.addProperty("message", "task: Unknown object.");
            JsonArray errors = new JsonArray();
            errors.add(error);
            JsonObject body = new JsonObject();
            body.add("errors", errors);
            return ResponseDefinitionBuilder.like(stubbed).but().withStatus(404).withBody(GSON.toJson(body)).build();
        }

        private static ResponseDefinition badRequest(ResponseDefinition stubbed, String message) {
            JsonObject error = new JsonObject();
            error.addProperty("message", message);
            error.addProperty("help", "For more information on API status codes and how to handle them, "
                    + "read the docs on errors: https://developers.asana.com/docs/errors");
            JsonArray errors = new JsonArray();
            errors.add(error);
            JsonObject body = new JsonObject();
            body.add("errors", errors);
            return ResponseDefinitionBuilder.like(stubbed).but().withStatus(400).withBody(GSON.toJson(body)).build();
        }

        private static String basePath(ServeEvent serveEvent) {
            Object basePath = serveEvent.getTransformerParameters().get("basePath");
            return basePath == null ? "" : basePath.toString();
        }
    }

    private static List<String> optFields(QueryParameter param) {
        List<String> fields = new ArrayList<>();
        if (param != null && param.isPresent()) {
            for (String value : param.values()) {
                for (String field : value.split(",")) {
                    if (!field.isBlank()) {
                        fields.add(field.strip());
                    }
                }
            }
        }
        return fields;
    }

    /**
     * The record as Asana returns it for these {@code opt_fields}: {@code gid} plus the named fields, dotted
     * paths reaching into nested records; with no fields named, the compact record.
     */
    static JsonObject select(JsonObject full, List<String> fields) {
        JsonObject selected = new JsonObject();
        if (fields.isEmpty()) {
            for (String compact : List.of("gid", "resource_type", "name", "resource_subtype")) {
                if (full.has(compact)) {
                    selected.add(compact, full.get(compact));
                }
            }
            return selected;
        }
        Map<String, List<String>> nested = new LinkedHashMap<>();
        for (String field : fields) {
            String[] parts = field.split("\\.", 2);
            List<String> below = nested.computeIfAbsent(parts[0], f -> new ArrayList<>());
            if (parts.length > 1) {
                below.add(parts[1]);
            }
        }
        if (full.has("gid")) {
            selected.add("gid", full.get("gid"));
        }
        nested.forEach((field, below) -> {
            if (full.has(field)) {
                selected.add(field, selectValue(full.get(field), below));
            }
        });
        return selected;
    }

    private static JsonElement selectValue(JsonElement value, List<String> fields) {
        if (value.isJsonObject()) {
            return select(value.getAsJsonObject(), fields);
        }
        if (value.isJsonArray()) {
            JsonArray selected = new JsonArray();
            for (JsonElement element : value.getAsJsonArray()) {
                selected.add(element.isJsonObject() ? select(element.getAsJsonObject(), fields) : element);
            }
            return selected;
        }
        return value;
    }

    private static String encodeOffset(int index) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"offset\":" + index + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeOffset(String token) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return JsonParser.parseString(json).getAsJsonObject().get("offset").getAsInt();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static BigDecimal plainNumber(String value) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            return number.toPlainString().equals(value) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String basePath(URI apiUrl) {
        String path = apiUrl.getPath() == null ? "" : apiUrl.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Set<String> gidsIn(AsanaSnapshot data) {
        Set<String> gids = new HashSet<>();
        for (Engagement engagement : data.engagements()) {
            gids.add(engagement.gid());
            for (CshTask cshTask : engagement.cshTasks()) {
                gids.add(cshTask.gid());
                if (cshTask.usedField() != null && cshTask.usedField().gid() != null) {
                    gids.add(cshTask.usedField().gid());
                }
                cshTask.items().forEach(item -> gids.add(item.gid()));
            }
        }
        for (LogProject log : data.logProjects()) {
            gids.add(log.gid());
            log.items().forEach(item -> gids.add(item.gid()));
        }
        return gids;
    }

    /** Gids for the records the stub adds itself, never one the snapshot already uses. */
    private static final class GidSource {

        private final Set<String> taken;
        private long next = 1_209_000_000_000_001L;

        GidSource(Set<String> taken) {
            this.taken = new HashSet<>(taken);
        }

        String next() {
            String gid;
            do {
                gid = Long.toString(next++);
            } while (!taken.add(gid));
            return gid;
        }
    }
}
