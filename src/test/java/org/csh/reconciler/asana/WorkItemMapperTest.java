package org.csh.reconciler.asana;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class WorkItemMapperTest {

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
    void unknownSubtaskCountIsEmptyRatherThanZero() {
        JsonObject task = JsonParser.parseString("{\"gid\":\"1\"}").getAsJsonObject();

        assertThat(WorkItemMapper.numSubtasks(task)).isEmpty();
    }
}
