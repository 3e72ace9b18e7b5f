package org.csh.reconciler.asana;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Turns Asana's raw task and project JSON into our records, finding custom fields by their configured name.
 * The {@code opt_fields} lists live here, next to the code that reads them, so that the two cannot drift.
 */
final class WorkItemMapper {

    /** Asana returns only what is asked for: every field read below from a task must be in this list. */
    static final List<String> TASK_FIELDS = List.of(
            "name", "notes", "html_notes", "permalink_url", "completed", "completed_at", "actual_time_minutes",
            "num_subtasks", "start_on", "due_on", "memberships.project.gid", "custom_fields.name",
            "custom_fields.resource_subtype", "custom_fields.number_value", "custom_fields.text_value",
            "custom_fields.display_value", "custom_fields.enum_value.name", "custom_fields.date_value.date");

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    /** Every field read below from a project or portfolio item. */
    static final List<String> PROJECT_FIELDS = List.of("name", "permalink_url", "resource_type", "start_on", "due_on",
            "custom_fields.name", "custom_fields.resource_subtype", "custom_fields.text_value",
            "custom_fields.display_value", "custom_fields.enum_value.name");

    private final AsanaSettings settings;

    WorkItemMapper(AsanaSettings settings) {
        this.settings = settings;
    }

    boolean isCshTask(JsonObject task) {
        String name = text(task, "name");
        String prefix = settings.cshTaskName();
        // people type "Community success hours" too
        return name != null && name.strip().regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** Never throws on a value of the wrong type: the item is kept, and what could not be read is said. */
    AsanaWorkItem workItem(JsonObject task, String parentGid) {
        List<String> problems = new ArrayList<>();
        return new AsanaWorkItem(
                gid(task),
                parentGid,
                text(task, "name", problems),
                withHiddenLinks(text(task, "notes", problems), text(task, "html_notes", problems)),
                text(task, "permalink_url", problems),
                bool(task, "completed", problems),
                text(task, "completed_at", problems),
                Optional.ofNullable(number(task, "actual_time_minutes", problems)),
                customField(task, settings.githubUrlField()),
                customField(task, settings.githubHoursField()),
                customField(task, settings.totalTimeField()),
                problems,
                deliveredOn(task, problems),
                memberships(task));
    }

    /** The date {@code csh.asana.delivered-on} names, as Asana sent it; null where it is completed_at or empty. */
    private String deliveredOn(JsonObject task, List<String> problems) {
        String source = settings.deliveredOn();
        if (source.equalsIgnoreCase(AsanaSettings.COMPLETED_AT)) {
            return null;
        }
        if (source.equalsIgnoreCase(AsanaSettings.DUE_ON)) {
            return blankToNull(text(task, "due_on", problems));
        }
        return customField(task, source);
    }

    /** Gids of the projects the task belongs to, in Asana's order. */
    static List<String> memberships(JsonObject task) {
        List<String> gids = new ArrayList<>();
        JsonElement memberships = task.get("memberships");
        if (isNull(memberships) || !memberships.isJsonArray()) {
            return gids;
        }
        for (JsonElement membership : memberships.getAsJsonArray()) {
            if (membership.isJsonObject() && membership.getAsJsonObject().get("project") instanceof JsonObject project) {
                String gid = text(project, "gid");
                if (gid != null && !gids.contains(gid)) {
                    gids.add(gid);
                }
            }
        }
        return gids;
    }

    /**
     * The plain notes, plus the address of every link the rich text hides behind other words ("see
     * {@code <a href=…>the ticket</a>}"), so that a note pointing at an issue is seen to point at it.
     */
    static String withHiddenLinks(String notes, String htmlNotes) {
        String text = notes == null ? "" : notes;
        if (htmlNotes == null || !htmlNotes.contains("href=")) {
            return text;
        }
        StringBuilder withLinks = new StringBuilder(text);
        Matcher link = HREF.matcher(htmlNotes);
        while (link.find()) {
            String address = link.group(1).replace("&amp;", "&");
            if (!address.isBlank() && withLinks.indexOf(address) < 0) {
                withLinks.append(withLinks.length() == 0 ? "" : "\n").append(address);
            }
        }
        return withLinks.toString();
    }

    CshTask cshTask(JsonObject task, List<AsanaWorkItem> items) {
        return new CshTask(gid(task), text(task, "name"), text(task, "permalink_url"),
                customField(task, settings.hoursTotalField()), items, blankToNull(text(task, "start_on")),
                blankToNull(text(task, "due_on")), customFieldValue(task, settings.usedField()));
    }

    /**
     * The custom field with this name as a task carries it, with its gid: Asana sends the gid of every nested
     * record, so {@code custom_fields.name} in {@link #TASK_FIELDS} brings it along. Null when the task has no such
     * field, or no name is given.
     */
    static CustomFieldValue customFieldValue(JsonObject task, String fieldName) {
        JsonObject field = fieldNamed(task, fieldName);
        if (field == null || gid(field) == null) {
            return null;
        }
        return new CustomFieldValue(gid(field), blankToNull(text(field, "resource_subtype")), valueOf(field));
    }

    Engagement engagement(JsonObject project, List<CshTask> cshTasks) {
        List<String> problems = new ArrayList<>();
        String community = customField(project, settings.communityField());
        if (community == null && isEnumWithoutValue(project, settings.communityField())) {
            problems.add("its " + settings.communityField() + " field is a drop-down with no option chosen");
        }
        return new Engagement(gid(project), text(project, "name"), text(project, "permalink_url"), cshTasks,
                blankToNull(text(project, "start_on")), blankToNull(text(project, "due_on")), community, problems);
    }

    LogProject logProject(JsonObject project, List<AsanaWorkItem> items) {
        return new LogProject(gid(project), text(project, "name"), text(project, "permalink_url"), items);
    }

    /** The record carries the field, as a drop-down, and no option is chosen: people forget to pick one. */
    private static boolean isEnumWithoutValue(JsonObject record, String fieldName) {
        JsonObject field = fieldNamed(record, fieldName);
        return field != null && "enum".equals(text(field, "resource_subtype")) && isNull(field.get("enum_value"));
    }

    static String gid(JsonObject record) {
        return text(record, "gid");
    }

    /** Empty when Asana did not say (or said something that is not a count), so that callers ask. */
    static OptionalInt numSubtasks(JsonObject task) {
        JsonElement value = task.get("num_subtasks");
        if (isNull(value) || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.getAsInt());
    }

    /**
     * The value of the custom field with this name, as text: a number as plain decimal ({@code "1.5"}), else the
     * text value, else Asana's display value; null when the task has no such field or it is empty. Names are
     * compared ignoring case and surrounding blanks, because people retype them.
     */
    static String customField(JsonObject task, String fieldName) {
        JsonObject field = fieldNamed(task, fieldName);
        return field == null ? null : valueOf(field);
    }

    private static JsonObject fieldNamed(JsonObject record, String fieldName) {
        JsonElement fields = record.get("custom_fields");
        if (fieldName == null || isNull(fields) || !fields.isJsonArray()) {
            return null;
        }
        for (JsonElement element : (JsonArray) fields) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject field = element.getAsJsonObject();
            String name = text(field, "name");
            if (name != null && name.strip().equalsIgnoreCase(fieldName.strip())) {
                return field;
            }
        }
        return null;
    }

    /** A number as plain decimal, an enum option's name, a date's YYYY-MM-DD, else the text or display value. */
    private static String valueOf(JsonObject field) {
        JsonElement number = field.get("number_value");
        if (!isNull(number) && number.isJsonPrimitive() && number.getAsJsonPrimitive().isNumber()) {
            return number.getAsBigDecimal().toPlainString();
        }
        for (String nested : List.of("enum_value", "date_value")) {
            if (field.get(nested) instanceof JsonObject value) {
                String shown = blankToNull(text(value, nested.equals("enum_value") ? "name" : "date"));
                if (shown != null) {
                    return shown;
                }
            }
        }
        String text = blankToNull(text(field, "text_value"));
        return text != null ? text : blankToNull(text(field, "display_value"));
    }

    /** A text value; anything else is a problem, so that a field of the wrong type never ends the run. */
    private static String text(JsonObject record, String field, List<String> problems) {
        JsonElement value = record.get(field);
        if (isNull(value)) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            problems.add(field + " is " + kind(value) + ", not text; ignored");
            return null;
        }
        return value.getAsString();
    }

    private static String text(JsonObject record, String field) {
        return text(record, field, new ArrayList<>());
    }

    private static boolean bool(JsonObject record, String field, List<String> problems) {
        JsonElement value = record.get(field);
        if (isNull(value)) {
            return false;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean();
        }
        String raw = value.isJsonPrimitive() ? value.getAsString().strip() : "";
        if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(raw);
        }
        problems.add(field + " " + shown(value) + " is not true or false; read as false");
        return false;
    }

    /** A number, also when sent as text such as {@code "90"}; {@code "1,5"} and other text is a problem. */
    private static Double number(JsonObject record, String field, List<String> problems) {
        JsonElement value = record.get(field);
        if (isNull(value)) {
            return null;
        }
        if (value.isJsonPrimitive() && !value.getAsJsonPrimitive().isBoolean()) {
            try {
                return Double.valueOf(value.getAsString().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(field + " " + shown(value) + " is not a number; ignored");
        return null;
    }

    private static String kind(JsonElement value) {
        return value.isJsonObject() ? "an object" : "a list";
    }

    private static String shown(JsonElement value) {
        String raw = value.isJsonPrimitive() ? "'" + value.getAsString() + "'" : kind(value);
        return raw.length() <= 42 ? raw : raw.substring(0, 40) + "…'";
    }

    private static boolean isNull(JsonElement value) {
        return value == null || value.isJsonNull();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
