# Unbounded mutual recursion through methods ends in RecursionError.
class Ping:
    def ping(self, n):
        return pong.pong(n + 1)
class Pong:
    def pong(self, n):
        return ping.ping(n + 1)
ping, pong = Ping(), Pong()
print('start')
ping.ping(0)
