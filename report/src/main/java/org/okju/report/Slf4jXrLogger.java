package org.okju.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J under its own logger names ({@code com.openhtmltopdf.load},
 * …), where the application's configuration decides what shows. By default openhtmltopdf writes
 * every INFO line ("Using fast-mode renderer. Prepare to fly.") straight to stderr. Thread-safe.
 */
final class Slf4jXrLogger implements XRLogger {
  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    Logger logger = LoggerFactory.getLogger(where);
    int v = level.intValue();
    if (v >= Level.SEVERE.intValue()) {
      logger.error(msg, th);
    } else if (v >= Level.WARNING.intValue()) {
      logger.warn(msg, th);
    } else if (v >= Level.INFO.intValue()) {
      logger.info(msg, th);
    } else if (v >= Level.FINE.intValue()) {
      logger.debug(msg, th);
    } else {
      logger.trace(msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // Levels are the SLF4J backend's configuration, not openhtmltopdf's.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int v = diagnostic.getLevel().intValue();
    if (v >= Level.SEVERE.intValue()) {
      return logger.isErrorEnabled();
    }
    if (v >= Level.WARNING.intValue()) {
      return logger.isWarnEnabled();
    }
    return v >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
  }
}
