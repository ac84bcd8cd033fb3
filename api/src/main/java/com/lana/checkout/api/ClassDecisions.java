package com.lana.checkout.api;

import java.io.ObjectInputFilter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A serial filter that answers for each class once: the same decisions as the filter it wraps,
 * without matching the class's name against every pattern again (and logging the match) for every
 * class descriptor of every call.
 *
 * <p>A pattern filter rejects what exceeds its limits and otherwise decides a non-array class by
 * the class alone. So while a stream is within the limits given here — which must be the wrapped
 * filter's own — a non-array class gets the decision cached for it; anything else (a back-reference,
 * an array, a stream past a limit) goes to the wrapped filter as before. Only classes not refused
 * are remembered (a refused one ends its stream), so the cache holds at most what the filter lets
 * through. The client's filter and the server's argument filter both use it. Thread-safe.
 */
public final class ClassDecisions implements ObjectInputFilter {

    private final ObjectInputFilter filter;
    private final long maxDepth;
    private final long maxReferences;
    private final long maxBytes;
    private final Map<Class<?>, Status> decisions = new ConcurrentHashMap<>();

    /**
     * @param filter decides a non-array class by the class alone while a stream is within these limits
     * @param maxDepth the filter's own {@code maxdepth}
     * @param maxReferences its {@code maxrefs}
     * @param maxBytes its {@code maxbytes}
     */
    public ClassDecisions(ObjectInputFilter filter, long maxDepth, long maxReferences, long maxBytes) {
        this.filter = filter;
        this.maxDepth = maxDepth;
        this.maxReferences = maxReferences;
        this.maxBytes = maxBytes;
    }

    @Override
    public Status checkInput(FilterInfo info) {
        Class<?> type = info.serialClass();
        if (type == null || type.isArray()
                || info.depth() < 0 || info.depth() > maxDepth
                || info.references() < 0 || info.references() > maxReferences
                || info.streamBytes() < 0 || info.streamBytes() > maxBytes) {
            return filter.checkInput(info);
        }
        Status known = decisions.get(type);
        if (known != null) {
            return known;
        }
        Status decided = filter.checkInput(new FirstOf(type));
        if (decided != Status.REJECTED) {
            decisions.put(type, decided);
        }
        return decided;
    }

    /** What a filter is shown to decide a class: the first object of a stream, well within every limit. */
    private record FirstOf(Class<?> serialClass) implements FilterInfo {
        @Override
        public long arrayLength() {
            return -1;
        }

        @Override
        public long depth() {
            return 1;
        }

        @Override
        public long references() {
            return 1;
        }

        @Override
        public long streamBytes() {
            return 0;
        }
    }
}
