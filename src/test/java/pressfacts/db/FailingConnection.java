package pressfacts.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real connection whose k-th {@code executeBatch} (counted over all its statements) throws, as a
 * driver does when the server goes away in the middle of a document's inserts.
 */
final class FailingConnection {
  private FailingConnection() {
  }

  static Connection wrap(Connection real, int failingBatch) {
    AtomicInteger batches = new AtomicInteger();
    InvocationHandler onConnection = (proxy, m, args) -> {
      Object result = call(real, m, args);
      if (result instanceof PreparedStatement ps) {
        return statement(ps, batches, failingBatch);
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(FailingConnection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, onConnection);
  }

  private static PreparedStatement statement(PreparedStatement real, AtomicInteger batches, int failingBatch) {
    InvocationHandler h = (proxy, m, args) -> {
      if (m.getName().equals("executeBatch") && batches.incrementAndGet() == failingBatch) {
        throw new SQLException("simulated crash at batch " + failingBatch);
      }
      return call(real, m, args);
    };
    return (PreparedStatement) Proxy.newProxyInstance(FailingConnection.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, h);
  }

  private static Object call(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
