package cli

import (
	"bytes"
	"context"
	"flag"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for a command writing while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeBindsLoopbackByDefault (issue 8): `pivot serve` with no --addr
// listens on 127.0.0.1 only. The default is read from the flag and then
// exercised: the server either reports the loopback address it bound, or
// (when another program holds port 8080) names that address in its error.
func TestServeBindsLoopbackByDefault(t *testing.T) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	commands["serve"].Flags(fs)
	def := fs.Lookup("addr").DefValue
	host, _, err := net.SplitHostPort(def)
	if err != nil || host != "127.0.0.1" {
		t.Fatalf("serve --addr defaults to %q; want a 127.0.0.1 address", def)
	}
	if testing.Short() {
		return
	}
	t.Setenv("PIVOT_TOKEN", "bind-test-token")
	t.Setenv("PIVOT_DB", "")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errb syncBuffer
	done := make(chan int, 1)
	db := filepath.Join(t.TempDir(), "kb.duckdb")
	go func() {
		done <- Main(ctx, []string{"serve", "--db", db}, &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errb})
	}()
	deadline := time.After(60 * time.Second)
	for {
		s := errb.String()
		if i := strings.Index(s, "serving on http://"); i >= 0 {
			addr := strings.TrimPrefix(s[i:], "serving on http://")
			addr = addr[:strings.IndexByte(addr, '/')]
			if h, _, _ := net.SplitHostPort(addr); h != "127.0.0.1" {
				t.Fatalf("serve bound %s by default", addr)
			}
			c, err := net.DialTimeout("tcp", addr, 2*time.Second)
			if err != nil {
				t.Fatalf("the server says %s but does not accept: %v", addr, err)
			}
			c.Close()
			cancel()
			if code := <-done; code != 0 {
				t.Errorf("serve stopped with %d: %s", code, errb.String())
			}
			return
		}
		select {
		case code := <-done:
			if code != 0 && strings.Contains(errb.String(), "listen on 127.0.0.1:8080") {
				t.Logf("port 8080 busy; the error names the loopback default: %s", strings.TrimSpace(errb.String()))
				return
			}
			t.Fatalf("serve exited with %d before listening: %s", code, errb.String())
		case <-deadline:
			t.Fatalf("serve did not start listening: %s", errb.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
