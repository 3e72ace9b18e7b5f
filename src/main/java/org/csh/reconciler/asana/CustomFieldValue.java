package org.csh.reconciler.asana;

/**
 * One custom field of a task, as read: its gid, which a write must name, its type and its value.
 *
 * @param gid     the field's gid, the key of {@code custom_fields} in a {@code PUT /tasks/{gid}}
 * @param type    Asana's {@code resource_subtype} ({@code number}, {@code text}, {@code enum}, …), or null when
 *                Asana did not say
 * @param value   the value as text (a number as plain decimal, {@code "12.5"}), or null when the field is empty
 */
public record CustomFieldValue(String gid, String type, String value) {

    /** {@code resource_subtype} of a number field. */
    public static final String NUMBER = "number";

    /** Whether a number may be written into it: a number field, or one whose type Asana did not say. */
    public boolean holdsNumbers() {
        return type == null || NUMBER.equals(type);
    }
}
