package org.okju.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a StopNCII.org {@code SubmitHashes} body is built and read, transcribed for tests from
 * python-threatexchange ({@code exchanges/clients/stopncii/api.py}: {@code submit_hashes}, the
 * {@code StopNCIISignalType} and {@code StopNCIICSPFeedbackValue} enums, {@code
 * StopNCIICSPFeedback.as_dict_for_post}; {@code exchanges/impl/stop_ncii_api.py}: {@code
 * _type_mapping}, which turns {@code ImagePDQ} into the {@code pdq} signal type and {@code
 * VideoMD5} into {@code video_md5}, whose {@code validate_signal_str} then checks the value): a
 * JSON object with {@code count} equal to the number of {@code hashRecords}; each record has an
 * integer {@code lastModtimestamp}, a {@code signalType} of the enum, a {@code hashValue} and a
 * list of {@code CSPFeedbacks}, each with a list of string {@code tags} and a {@code feedbackValue}
 * of the enum. Stateless.
 */
public final class StopNciiSubmitRule {
  /** {@code StopNCIISignalType}'s values. */
  public static final Set<String> SIGNAL_TYPES =
      Set.of("Unknown", "ImagePDQ", "VideoMD5", "VideoTMK", "Text", "URL");

  /** {@code StopNCIICSPFeedbackValue}'s values. */
  public static final Set<String> FEEDBACK_VALUES =
      Set.of(
          "Unknown",
          "None",
          "QualityUnknown",
          "PendingReview",
          "Blocked",
          "NotBlocked",
          "Withdrawn",
          "Deleted");

  private static final Map<String, String> TO_SIGNAL_TYPE =
      Map.of("ImagePDQ", "pdq", "VideoMD5", "video_md5");

  private StopNciiSubmitRule() {}

  /** One record as python-threatexchange maps it: its signal type, signal and feedback. */
  public record Submitted(
      String signalType, String signal, String feedbackValue, List<String> tags) {}

  /**
   * The records of a body.
   *
   * @throws IllegalArgumentException naming what a StopNCII client or the service would refuse
   */
  public static List<Submitted> accept(String body) {
    if (!(MiniJson.parse(body) instanceof Map<?, ?> root)) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    if (!(root.get("hashRecords") instanceof List<?> records)) {
      throw new IllegalArgumentException("no hashRecords list");
    }
    if (!(root.get("count") instanceof Number n) || n.longValue() != records.size()) {
      throw new IllegalArgumentException("count is not the number of hashRecords");
    }
    List<Submitted> out = new ArrayList<>();
    for (Object o : records) {
      if (!(o instanceof Map<?, ?> r)) {
        throw new IllegalArgumentException("a hash record is not an object");
      }
      if (!(r.get("lastModtimestamp") instanceof Number t)
          || t.doubleValue() != Math.rint(t.doubleValue())) {
        throw new IllegalArgumentException("lastModtimestamp is not a whole number");
      }
      Object type = r.get("signalType");
      if (!(type instanceof String s) || !SIGNAL_TYPES.contains(s)) {
        throw new IllegalArgumentException("signalType " + type + " is not a StopNCIISignalType");
      }
      String mapped = TO_SIGNAL_TYPE.get(s);
      if (mapped == null) {
        throw new IllegalArgumentException("signalType " + s + " maps to no signal type");
      }
      if (!(r.get("hashValue") instanceof String value)) {
        throw new IllegalArgumentException("hashValue is not a string");
      }
      String signal = ThreatExchangeSignalTypes.validate(mapped, value);
      if (!(r.get("CSPFeedbacks") instanceof List<?> feedbacks) || feedbacks.size() != 1) {
        throw new IllegalArgumentException("CSPFeedbacks is not a list of one feedback");
      }
      if (!(feedbacks.get(0) instanceof Map<?, ?> f)
          || !(f.get("feedbackValue") instanceof String fv)
          || !FEEDBACK_VALUES.contains(fv)
          || !(f.get("tags") instanceof List<?> tags)) {
        throw new IllegalArgumentException("a feedback needs a feedbackValue and tags");
      }
      List<String> tagList = new ArrayList<>();
      for (Object tag : tags) {
        if (!(tag instanceof String ts)) {
          throw new IllegalArgumentException("a tag is not a string");
        }
        tagList.add(ts);
      }
      out.add(new Submitted(mapped, signal, fv, tagList));
    }
    return out;
  }
}
