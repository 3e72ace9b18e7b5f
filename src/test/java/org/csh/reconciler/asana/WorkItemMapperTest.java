package org.csh.reconciler.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class WorkItemMapperTest {

    private static final AsanaSettings SETTINGS = new AsanaSettings(java.net.URI.create("http://127.0.0.1:1/api/1.0"),
            "", "9000", java.util.List.of(), "Community Success Hours", "GitHub URL", "GitHub Hours", "Total Time",
            "Hours Total", 100);

    private static JsonObject taskWithField(String field) {
        return JsonParser.parseString("{\"gid\":\"1\",\"custom_fields\":[" + field + "]}").getAsJsonObject();
    }

    @Test
    void numberValueIsRenderedAsPlainDecimal() {
        JsonObject task = taskWithField("{\"name\":\"GitHub Hours\",\"number_value\":1.5,\"display_value\":\"1.5\"}");

        assertThat(WorkItemMapper.customField(task, "GitHub Hours")).isEqualTo("1.5");
    }

    @Test
    void largeNumberIsNotWrittenInScientificNotation() {
        JsonObject task = taskWithField("{\"name\":\"GitHub Hours\",\"number_value\":1e3}");

        assertThat(WorkItemMapper.customField(task, "GitHub Hours")).isEqualTo("1000");
    }

    @Test
    void textValueIsUsedWhenThereIsNoNumber() {
        JsonObject task = taskWithField("{\"name\":\"GitHub Hours\",\"number_value\":null,\"text_value\":\"1,5\"}");

        assertThat(WorkItemMapper.customField(task, "GitHub Hours")).isEqualTo("1,5");
    }

    @Test
    void displayValueIsTheLastResort() {
        JsonObject task = taskWithField("{\"name\":\"Priority\",\"resource_subtype\":\"enum\",\"display_value\":\"High\"}");

        assertThat(WorkItemMapper.customField(task, "Priority")).isEqualTo("High");
    }

    @Test
    void emptyFieldIsNull() {
        JsonObject task = taskWithField("{\"name\":\"GitHub URL\",\"text_value\":\"\",\"display_value\":\"\"}");

        assertThat(WorkItemMapper.customField(task, "GitHub URL")).isNull();
    }

    @Test
    void absentFieldIsNull() {
        JsonObject task = taskWithField("{\"name\":\"GitHub URL\",\"text_value\":\"https://x\"}");

        assertThat(WorkItemMapper.customField(task, "Total Time")).isNull();
    }

    @Test
    void fieldNamesMatchIgnoringCaseAndSurroundingBlanks() {
        JsonObject task = taskWithField("{\"name\":\" Github url \",\"text_value\":\"https://x\"}");

        assertThat(WorkItemMapper.customField(task, "GitHub URL")).isEqualTo("https://x");
    }

    @Test
    void valuesOfTheWrongTypeAreKeptOutAndSaidNeverThrown() {
        // given a task whose every field has the wrong type
        JsonObject task = JsonParser.parseString("{\"gid\":\"7\",\"name\":{\"text\":\"Call\"},\"notes\":[\"a\"],"
                + "\"completed\":\"yes\",\"completed_at\":{},\"actual_time_minutes\":\"1,5\","
                + "\"num_subtasks\":\"many\",\"custom_fields\":[42,null,{\"name\":\"GitHub Hours\",\"number_value\":2}]}")
                .getAsJsonObject();
        WorkItemMapper mapper = new WorkItemMapper(SETTINGS);

        // when
        AsanaWorkItem item = mapper.workItem(task, "1");

        // then
        assertThat(item.name()).isEmpty();
        assertThat(item.completed()).isFalse();
        assertThat(item.actualTimeMinutes()).isEmpty();
        assertThat(item.githubHours()).isEqualTo("2");
        assertThat(item.readProblems()).containsExactly("name is an object, not text; ignored",
                "notes is a list, not text; ignored", "completed 'yes' is not true or false; read as false",
                "completed_at is an object, not text; ignored", "actual_time_minutes '1,5' is not a number; ignored");
        assertThat(WorkItemMapper.numSubtasks(task)).isEmpty();
    }

    @Test
    void numbersAndBooleansSentAsTextAreRead() {
        JsonObject task = JsonParser.parseString("{\"gid\":\"7\",\"completed\":\"true\",\"actual_time_minutes\":\" 90 \"}")
                .getAsJsonObject();

        AsanaWorkItem item = new WorkItemMapper(SETTINGS).workItem(task, "1");

        assertThat(item.completed()).isTrue();
        assertThat(item.actualTimeMinutes()).contains(90.0);
        assertThat(item.readProblems()).isEmpty();
    }

    @Test
    void aLinkHiddenBehindOtherWordsIsAddedToTheNotes() {
        String html = "<body>Follow-up of <a href=\"https://github.com/acme/support/issues/12\">the ticket</a>, "
                + "see <a href=\"https://example.org/a?b=1&amp;c=2\">minutes</a></body>";

        assertThat(WorkItemMapper.withHiddenLinks("Follow-up of the ticket, see minutes", html)).isEqualTo(
                "Follow-up of the ticket, see minutes\nhttps://github.com/acme/support/issues/12\n"
                        + "https://example.org/a?b=1&c=2");
    }

    @Test
    void aLinkWhoseAddressIsAlreadyInTheNotesIsNotRepeated() {
        String url = "https://github.com/acme/support/issues/12";

        assertThat(WorkItemMapper.withHiddenLinks("See " + url, "<body>See <a href=\"" + url + "\">" + url
                + "</a></body>")).isEqualTo("See " + url);
        assertThat(WorkItemMapper.withHiddenLinks(null, null)).isEmpty();
    }

    @Test
    void unknownSubtaskCountIsEmptyRatherThanZero() {
        JsonObject task = JsonParser.parseString("{\"gid\":\"1\"}").getAsJsonObject();

        assertThat(WorkItemMapper.numSubtasks(task)).isEmpty();
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void theCommunityDropDownGivesItsOptionsName() {
        Engagement engagement = new WorkItemMapper(SETTINGS).engagement(json("{\"gid\":\"1\",\"name\":\"26 Mars U\","
                + "\"start_on\":\"2026-01-01\",\"due_on\":\"2026-12-31\",\"custom_fields\":[{\"name\":\"Community\","
                + "\"resource_subtype\":\"enum\",\"enum_value\":{\"gid\":\"9\",\"name\":\"Mars University\"}}]}"),
                java.util.List.of());

        assertThat(engagement.communityValue()).isEqualTo("Mars University");
        assertThat(engagement.startOn()).isEqualTo("2026-01-01");
        assertThat(engagement.dueOn()).isEqualTo("2026-12-31");
        assertThat(engagement.readProblems()).isEmpty();
    }

    @Test
    void aDropDownWithNoOptionChosenIsAProblemNotACommunity() {
        Engagement engagement = new WorkItemMapper(SETTINGS).engagement(json("{\"gid\":\"1\",\"name\":\"26 Mars U\","
                + "\"custom_fields\":[{\"name\":\"Community\",\"resource_subtype\":\"enum\",\"enum_value\":null}]}"),
                java.util.List.of());

        assertThat(engagement.communityValue()).isNull();
        assertThat(engagement.readProblems()).singleElement().asString().contains("Community", "no option chosen");
    }

    @Test
    void deliveredOnReadsTheDueDateOrADateFieldAndIsEmptyWhereTheyAre() {
        JsonObject dated = json("{\"gid\":\"1\",\"due_on\":\"2026-10-28\",\"custom_fields\":[{\"name\":\"Date\","
                + "\"resource_subtype\":\"date\",\"date_value\":{\"date\":\"2026-10-27\",\"date_time\":null}}]}");
        JsonObject undated = json("{\"gid\":\"2\",\"due_on\":null,\"custom_fields\":[{\"name\":\"Date\","
                + "\"resource_subtype\":\"date\",\"date_value\":null}]}");

        WorkItemMapper byDueOn = new WorkItemMapper(SETTINGS.withCommunityFieldAndDeliveredOn("Community", "due_on"));
        WorkItemMapper byField = new WorkItemMapper(SETTINGS.withCommunityFieldAndDeliveredOn("Community", "Date"));
        WorkItemMapper byDefault = new WorkItemMapper(SETTINGS);

        assertThat(byDueOn.workItem(dated, "p").deliveredOn()).isEqualTo("2026-10-28");
        assertThat(byField.workItem(dated, "p").deliveredOn()).isEqualTo("2026-10-27");
        assertThat(byDefault.workItem(dated, "p").deliveredOn()).isNull();
        assertThat(byDueOn.workItem(undated, "p").deliveredOn()).isNull();
        assertThat(byField.workItem(undated, "p").deliveredOn()).isNull();
    }

    @Test
    void theWriteBackFieldIsReadWithItsGidTypeAndNumber() {
        JsonObject task = json("{\"gid\":\"2001\",\"name\":\"Community Success Hours\",\"custom_fields\":["
                + "{\"gid\":\"71\",\"name\":\"Hours Total\",\"number_value\":40},"
                + "{\"gid\":\"72\",\"name\":\"Hours Used\",\"resource_subtype\":\"number\",\"number_value\":12.5}]}");

        CshTask cshTask = new WorkItemMapper(SETTINGS.withUsedField("Hours Used")).cshTask(task, java.util.List.of());

        assertThat(cshTask.usedField()).isEqualTo(new CustomFieldValue("72", "number", "12.5"));
        assertThat(cshTask.hoursTotal()).isEqualTo("40");
    }

    @Test
    void anEmptyWriteBackFieldIsReadWithoutAValue() {
        JsonObject task = json("{\"gid\":\"2001\",\"custom_fields\":[{\"gid\":\"72\",\"name\":\"hours used \","
                + "\"resource_subtype\":\"number\",\"number_value\":null,\"display_value\":null}]}");

        CshTask cshTask = new WorkItemMapper(SETTINGS.withUsedField("Hours Used")).cshTask(task, java.util.List.of());

        assertThat(cshTask.usedField()).isEqualTo(new CustomFieldValue("72", "number", null));
    }

    @Test
    void aCshTaskWithoutTheWriteBackFieldOrWithNoneConfiguredHasNone() {
        JsonObject task = json("{\"gid\":\"2001\",\"custom_fields\":[{\"gid\":\"71\",\"name\":\"Hours Total\","
                + "\"number_value\":40}]}");

        assertThat(new WorkItemMapper(SETTINGS.withUsedField("Hours Used")).cshTask(task, java.util.List.of())
                .usedField()).isNull();
        assertThat(new WorkItemMapper(SETTINGS).cshTask(task, java.util.List.of()).usedField()).isNull();
    }

    @Test
    void membershipsGiveTheProjectGidsInOrder() {
        JsonObject task = json("{\"gid\":\"1\",\"memberships\":[{\"project\":{\"gid\":\"5001\"},\"section\":"
                + "{\"gid\":\"7\"}},{\"project\":{\"gid\":\"1001\"}}]}");

        assertThat(new WorkItemMapper(SETTINGS).workItem(task, null).projectGids()).containsExactly("5001", "1001");
    }
}
