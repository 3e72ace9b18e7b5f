package org.csh.reconciler.asana;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;

/** Reads a whole Asana list endpoint by following {@code next_page.offset} to the last page. */
final class AsanaPages {

    private final AsanaApi api;
    private final int pageSize;

    AsanaPages(AsanaApi api, int pageSize) {
        this.api = api;
        this.pageSize = pageSize;
    }

    List<JsonObject> all(String resource, String path, List<String> fields) {
        List<JsonObject> records = new ArrayList<>();
        Set<String> offsetsSeen = new HashSet<>();
        String offset = null;
        do {
            AsanaApi.Page page = api.page(resource, path, fields, pageSize, offset);
            records.addAll(page.data());
            offset = page.nextOffset();
            // a server handing out the same offset twice would otherwise keep us here forever
            if (offset != null && !offsetsSeen.add(offset)) {
                throw new AsanaUnavailableException(
                        "Asana " + resource + " (GET " + path + "): the same next_page offset came back twice", null);
            }
        } while (offset != null);
        return records;
    }
}
