package org.csh.reconciler.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF cosine similarity between work items, over an inverted index so that a query touches only the items that
 * share a word with it: 1,000 queries against 10,000 items take well under a second.
 *
 * <p>Term weights are {@code (1 + ln tf) * idf} with {@code idf = ln((n + 1) / (df + 1)) + 1}, each item's vector
 * normalised to length 1. A query word no timed item used still lengthens the query's vector, so a text made mostly
 * of unseen words does not look like a close match because of one shared word.
 */
final class SimilarityIndex {

    private final int size;
    private final Map<String, Integer> termIds = new HashMap<>();
    private final float[] idf;
    private final int[][] postingDocs;
    private final float[][] postingWeights;

    SimilarityIndex(List<WorkText> docs) {
        this.size = docs.size();
        List<int[]> docTerms = new ArrayList<>(size);
        List<float[]> docWeights = new ArrayList<>(size);
        List<Integer> df = new ArrayList<>();
        for (WorkText doc : docs) {
            int[] ids = new int[doc.termCounts().size()];
            float[] tf = new float[ids.length];
            int i = 0;
            for (Map.Entry<String, Integer> e : doc.termCounts().entrySet()) {
                Integer id = termIds.get(e.getKey());
                if (id == null) {
                    id = termIds.size();
                    termIds.put(e.getKey(), id);
                    df.add(0);
                }
                df.set(id, df.get(id) + 1);
                ids[i] = id;
                tf[i] = (float) (1 + Math.log(e.getValue()));
                i++;
            }
            docTerms.add(ids);
            docWeights.add(tf);
        }
        idf = new float[df.size()];
        int[] postingSizes = new int[df.size()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = idfOf(df.get(t));
            postingSizes[t] = df.get(t);
        }
        postingDocs = new int[idf.length][];
        postingWeights = new float[idf.length][];
        for (int t = 0; t < idf.length; t++) {
            postingDocs[t] = new int[postingSizes[t]];
            postingWeights[t] = new float[postingSizes[t]];
        }
        int[] filled = new int[idf.length];
        for (int d = 0; d < size; d++) {
            int[] ids = docTerms.get(d);
            float[] w = docWeights.get(d);
            double norm = 0;
            for (int i = 0; i < ids.length; i++) {
                w[i] *= idf[ids[i]];
                norm += (double) w[i] * w[i];
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < ids.length; i++) {
                int t = ids[i];
                postingDocs[t][filled[t]] = d;
                postingWeights[t][filled[t]] = w[i] * scale;
                filled[t]++;
            }
        }
    }

    private float idfOf(int df) {
        return (float) (Math.log((size + 1.0) / (df + 1.0)) + 1);
    }

    /** The cosine similarity of the query with every indexed item (0 for those sharing no word), by item index. */
    float[] scores(WorkText query) {
        float[] scores = new float[size];
        int known = 0;
        int[] ids = new int[query.termCounts().size()];
        float[] weights = new float[ids.length];
        double norm = 0;
        for (Map.Entry<String, Integer> e : query.termCounts().entrySet()) {
            Integer id = termIds.get(e.getKey());
            float w = (float) (1 + Math.log(e.getValue())) * (id == null ? idfOf(0) : idf[id]);
            norm += (double) w * w;
            if (id != null) {
                ids[known] = id;
                weights[known] = w;
                known++;
            }
        }
        if (norm == 0) {
            return scores;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < known; i++) {
            int[] docs = postingDocs[ids[i]];
            float[] docWeights = postingWeights[ids[i]];
            float w = weights[i] * scale;
            for (int p = 0; p < docs.length; p++) {
                scores[docs[p]] += w * docWeights[p];
            }
        }
        return scores;
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "SimilarityIndex[" + size + " items, " + idf.length + " words, " + Arrays.stream(postingDocs)
                .mapToInt(p -> p.length).sum() + " postings]";
    }
}
