package org.okju.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Web captures imported into the case (WARC, WACZ, a folder of saved files): each capture, every
 * record it holds with its HTTP facts and payload digests, which pages link which media, the
 * problems met while reading, the fingerprints of the media found and which case items they are
 * copies of. Media bytes are never stored: the capture file is the evidence. Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface WebCaptures {
  /**
   * A capture as imported.
   *
   * @param sha256 of the capture file (for a folder, of its {@code urls.csv} manifest and files)
   * @param name the file or folder name as given on the command line
   * @param format {@code warc}, {@code wacz} or {@code folder}
   * @param crawl the crawl it belongs to ({@code --crawl}, else its name)
   */
  record NewCapture(
      Sha256 sha256,
      String name,
      String format,
      String crawl,
      long size,
      Instant importedAt,
      String user,
      long recordCount,
      long problemCount,
      Optional<Instant> firstCapturedAt,
      Optional<Instant> lastCapturedAt) {
    public NewCapture {
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(crawl, "crawl");
    }
  }

  /** A stored capture with its id. */
  record Capture(long id, NewCapture capture) {}

  /**
   * One record of a capture.
   *
   * @param member {@code ""} in a WARC, the WARC's path inside a WACZ, the file of a folder
   * @param offset the byte offset of the record (of its gzip member in a {@code .warc.gz})
   * @param type {@code response}, {@code resource}, {@code revisit} or {@code file}
   * @param kind {@code image}, {@code video}, {@code page}, {@code other} or {@code none} (no
   *     payload)
   * @param refersTo for a revisit, the id of the record it resolved to
   * @param streamSha256 for a playlist, manifest or ranged URL reassembled into one video, the
   *     SHA-256 of the reassembled bytes (its {@link Media} row)
   * @param streamParts for such a record, a JSON object naming the records the stream was built
   *     from ({@code parts}: member, offset, URL, payload SHA-256, range) and what was missing
   */
  record CaptureRecord(
      String member,
      long offset,
      Optional<String> recordId,
      String type,
      String url,
      Instant capturedAt,
      OptionalInt httpStatus,
      Optional<String> serverIp,
      Optional<String> contentType,
      Optional<String> location,
      Optional<String> payloadDigest,
      Optional<Sha256> payloadSha256,
      long payloadSize,
      String kind,
      Optional<String> refersTo,
      Optional<Sha256> streamSha256,
      Optional<String> streamParts) {
    public CaptureRecord {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(capturedAt, "capturedAt");
      Objects.requireNonNull(streamSha256, "streamSha256");
      Objects.requireNonNull(streamParts, "streamParts");
    }

    /** The same record with a reassembled stream. */
    public CaptureRecord withStream(Optional<Sha256> sha256, String partsJson) {
      return new CaptureRecord(
          member,
          offset,
          recordId,
          type,
          url,
          capturedAt,
          httpStatus,
          serverIp,
          contentType,
          location,
          payloadDigest,
          payloadSha256,
          payloadSize,
          kind,
          refersTo,
          sha256,
          Optional.of(partsJson));
    }

    /** What the record serves: its reassembled stream when it has one, else its payload. */
    public Optional<Sha256> servedSha256() {
      return streamSha256.isPresent() ? streamSha256 : payloadSha256;
    }
  }

  /** A record with the capture it came from. */
  record CapturedRecord(long captureId, String crawl, CaptureRecord record) {}

  /** A page linking or embedding a media URL ({@code img}, {@code video}, {@code og:image}...). */
  record Link(String pageUrl, String mediaUrl, String relation) {}

  /** A link with its capture. */
  record CapturedLink(long captureId, Link link) {}

  /**
   * A problem met reading a capture.
   *
   * @param offset the record's offset, or -1 for the capture as a whole
   */
  record Problem(String member, long offset, ErrorSeverity severity, String kind, String message) {}

  /**
   * The fingerprints of a media payload found in a capture.
   *
   * @param kind {@code image} or {@code video}
   * @param pdq an image's PDQ, with {@code quality}
   * @param framesJson a video's vPDQ frames as {@code [[frame,quality,"hex",seconds],…]}
   */
  record Media(
      Sha256 sha256,
      Md5 md5,
      Sha1 sha1,
      long size,
      String kind,
      Optional<PdqHex> pdq,
      OptionalInt quality,
      Optional<String> framesJson) {}

  /**
   * A media payload found to be a copy of a case item.
   *
   * @param relation what the web copy is to the item ({@code re-encoded}, {@code transformed},
   *     {@code trimmed}, {@code excerpt}, {@code still}, {@code identical}...)
   * @param evidence why, a JSON object with the threshold used
   * @param weight how strong (the best of several matches wins)
   */
  record Match(Sha256 media, ItemId item, String relation, String evidence, double weight) {}

  /** The capture with this SHA-256, when imported. */
  Optional<Capture> capture(Sha256 sha256);

  /** Every capture in id order. */
  List<Capture> captures();

  /**
   * Everything read from one capture, stored together.
   *
   * @param media the fingerprints of its media payloads (digests already stored are kept)
   * @param matches which case items its media are copies of (pairs already stored are kept)
   */
  record Content(
      List<CaptureRecord> records,
      List<Link> links,
      List<Problem> problems,
      List<Media> media,
      List<Match> matches) {
    public Content {
      records = List.copyOf(records);
      links = List.copyOf(links);
      problems = List.copyOf(problems);
      media = List.copyOf(media);
      matches = List.copyOf(matches);
    }
  }

  /**
   * Stores a capture with everything read from it in one transaction, so an interrupted import
   * leaves nothing behind. Returns its id.
   *
   * @throws IllegalArgumentException when a capture with the same SHA-256 exists
   */
  long putCapture(NewCapture capture, Content content);

  /** Stores media fingerprints; a digest already stored is kept as it is. */
  void putMedia(List<Media> media);

  /** Stores matches; a (media, item) pair already stored is kept as it is. */
  void putMatches(List<Match> matches);

  /** Every record of every capture, by capture then member then offset. */
  List<CapturedRecord> records();

  /** Every link of every capture. */
  List<CapturedLink> links();

  /** The problems of a capture, in the order met. */
  List<Problem> problems(long captureId);

  /** The media with this digest. */
  Optional<Media> media(Sha256 sha256);

  /** Every stored media digest's fingerprints. */
  List<Media> allMedia();

  /** Every match in media and item order. */
  List<Match> matches();
}
