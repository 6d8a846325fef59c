package org.okju.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * The PDQ part of a match when the reference fits on every executor: each task looks its query
 * files up in the broadcast {@link ReferenceViews}, no shuffle. One query file's hits are complete
 * when it has been looked up, so the closest pair per view is chosen right there.
 */
final class BroadcastMatcher implements FlatMapFunction<Iterator<MatchMedia>, MatchHit> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<ReferenceViews> reference;
  private final ViewRule rule;

  BroadcastMatcher(Broadcast<ReferenceViews> reference, ViewRule rule) {
    this.reference = reference;
    this.rule = rule;
  }

  @Override
  public Iterator<MatchHit> call(Iterator<MatchMedia> queries) {
    ReferenceViews r = reference.value();
    return new Iterator<>() {
      private Iterator<MatchHit> current = List.<MatchHit>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && queries.hasNext()) {
          PdqPairs pairs = new PdqPairs(rule);
          r.match(queries.next(), pairs);
          current = new ArrayList<>(pairs.hits()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public MatchHit next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
