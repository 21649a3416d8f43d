// Test runner for the bridge's C# logic under Mono: the helper's Bridge class with every seam faked.
// Protocol (one JSON object per line): the Python test sends commands on stdin; the runner executes
// them and answers {"answer": ...}. While a command runs, every call into "Windows" (a call site, an
// HCN call, a sleep, the task scheduler) is sent to Python as {"event": ...} and the runner waits for
// its {"result": ...} or {"error": ...}; a command line arriving meanwhile runs nested (a job_confirm
// sent while the job sleeps). Files are real, in a temporary folder, with injectable sharing violations.
// C# 5, like the helper.
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Web.Script.Serialization;
using HyperVNetwork;

namespace System.Management.Automation
{
    // Stand-ins with the names and members the helper reads by reflection (the real ones live in
    // System.Management.Automation, which Mono does not have).
    public class PSObject
    {
        private readonly PSMemberCollection properties;
        private readonly object baseObject;

        public PSObject(IDictionary values)
        {
            properties = new PSMemberCollection(values);
            baseObject = new CimStandIn();
        }

        public PSMemberCollection Properties { get { return properties; } }

        public object BaseObject { get { return baseObject; } }

        public IDictionary Values { get { return properties.Values; } }
    }

    // What a CIM instance looks like to reflection: no property of the cmdlet's output is a .NET property.
    public class CimStandIn
    {
    }

    public class PSMemberCollection
    {
        private readonly IDictionary values;

        public PSMemberCollection(IDictionary values) { this.values = values; }

        public IDictionary Values { get { return values; } }

        public PSPropertyInfo this[string name]
        {
            get
            {
                // PowerShell's member lookup is case-insensitive.
                foreach (DictionaryEntry e in values)
                {
                    if (String.Equals((string)e.Key, name, StringComparison.OrdinalIgnoreCase)) { return new PSPropertyInfo(e.Value); }
                }
                return null;
            }
        }
    }

    public class PSPropertyInfo
    {
        private readonly object value;

        public PSPropertyInfo(object value) { this.value = value; }

        public object Value { get { return value; } }
    }

    // System.Management.Automation.ErrorCategory (the members the fakes use, with their values).
    public enum ErrorCategory
    {
        NotSpecified = 0,
        ObjectNotFound = 13,
        ResourceExists = 26,
    }

    public class ErrorCategoryInfo
    {
        private readonly ErrorCategory category;

        public ErrorCategoryInfo(ErrorCategory category) { this.category = category; }

        public ErrorCategory Category { get { return category; } }
    }

    public class ErrorRecord
    {
        private readonly string id;
        private readonly Exception exception;
        private readonly ErrorCategoryInfo info;

        public ErrorRecord(string id, Exception exception, ErrorCategory category)
        {
            this.id = id;
            this.exception = exception;
            info = new ErrorCategoryInfo(category);
        }

        public string FullyQualifiedErrorId { get { return id; } }

        public ErrorCategoryInfo CategoryInfo { get { return info; } }

        // The cmdlet's own exception (the error the cmdlet wrote).
        public Exception Exception { get { return exception; } }
    }

    // As -ErrorAction Stop makes it (PowerShell 5.1): the message carries the preference prefix, the
    // ErrorRecord the cmdlet's error with its own exception.
    public class ActionPreferenceStopException : Exception
    {
        public const string Prefix = "The running command stopped because the preference variable \"ErrorActionPreference\" or common parameter is set to Stop: ";
        private readonly ErrorRecord record;

        public ActionPreferenceStopException(string message, string id, ErrorCategory category) : base(Prefix + message) { record = new ErrorRecord(id, new InvalidOperationException(message), category); }

        public ErrorRecord ErrorRecord { get { return record; } }
    }
}

namespace Microsoft.Management.Infrastructure
{
    // A bare CimInstance (no PSObject around it): properties only through CimInstanceProperties[name].Value.
    public class CimInstance
    {
        private readonly CimKeyedCollection properties;

        public CimInstance(System.Collections.IDictionary values) { properties = new CimKeyedCollection(values); }

        public CimKeyedCollection CimInstanceProperties { get { return properties; } }
    }

    public class CimKeyedCollection
    {
        private readonly System.Collections.IDictionary values;

        public CimKeyedCollection(System.Collections.IDictionary values) { this.values = values; }

        public CimProperty this[string name] { get { return values.Contains(name) ? new CimProperty(values[name]) : null; } }
    }

    public class CimProperty
    {
        private readonly object value;

        public CimProperty(object value) { this.value = value; }

        public object Value { get { return value; } }
    }
}

namespace HvNetTest
{
    public static class Runner
    {
        private static readonly JavaScriptSerializer Json = NewJson();
        private static TextReader input;
        private static TextWriter output;
        private static long nowMs = 1700000000000;
        private static int replaceFaults;
        private static int readFaults;
        private static bool deniedFaults;
        private static bool lockHeld;
        private static string root;
        private static bool useNative;

        // Only in the fake computenetwork.dll (fakehcn.c): handles opened and not closed.
        [System.Runtime.InteropServices.DllImport("computenetwork.dll")]
        private static extern int FakeHcnOpenHandles();

        private static JavaScriptSerializer NewJson()
        {
            JavaScriptSerializer j = new JavaScriptSerializer();
            j.MaxJsonLength = Int32.MaxValue;
            j.RecursionLimit = 1024;
            return j;
        }

        public static int Main(string[] args)
        {
            root = args[0];
            input = Console.In;
            // Traced runs (mono --trace, which writes to stdout) speak the protocol on stderr.
            output = Environment.GetEnvironmentVariable("HVNET_TRACE") == "1" ? Console.Error : Console.Out;
            string line;
            while ((line = input.ReadLine()) != null)
            {
                IDictionary cmd = (IDictionary)Json.DeserializeObject(line);
                if ((string)cmd["cmd"] == "exit") { return 0; }
                Execute(cmd);
            }
            return 0;
        }

        private static void Send(Dictionary<string, object> msg)
        {
            output.WriteLine(Json.Serialize(msg));
            output.Flush();
        }

        private static Dictionary<string, object> D(params object[] kv)
        {
            Dictionary<string, object> d = new Dictionary<string, object>();
            for (int i = 0; i + 1 < kv.Length; i += 2) { d[(string)kv[i]] = kv[i + 1]; }
            return d;
        }

        private static void Execute(IDictionary cmd)
        {
            object answer = null;
            try
            {
                string name = (string)cmd["cmd"];
                if (name == "main")
                {
                    BridgeAnswer a = new Bridge(Seams()).Main((string)cmd["line"], (string)cmd["text"]);
                    answer = D("text", a.Text, "exit", a.Exit);
                }
                else if (name == "faults")
                {
                    replaceFaults = Convert.ToInt32(cmd["replace"]);
                    readFaults = Convert.ToInt32(cmd["read"]);
                    deniedFaults = cmd.Contains("denied") && true.Equals(cmd["denied"]);
                    answer = true;
                }
                else if (name == "hold_lock")
                {
                    lockHeld = (bool)cmd["held"];
                    answer = true;
                }
                else if (name == "check_record")
                {
                    try
                    {
                        Hcn.CheckRecord((string)cmd["op"], Convert.ToInt32(cmd["hr"]), (string)cmd["record"]);
                        answer = D("thrown", false);
                    }
                    catch (HcnException e)
                    {
                        Bridge b = new Bridge(Seams());
                        answer = D("thrown", true, "hresult", e.HResultText, "error", b.ToError(e, 0, "x"));
                    }
                }
                else if (name == "native")
                {
                    // From now on HCN calls go through the helper's real P/Invoke layer (Hcn) into the
                    // fake computenetwork.dll that runner.exe.config maps.
                    useNative = true;
                    answer = true;
                }
                else if (name == "native_handles")
                {
                    answer = FakeHcnOpenHandles();
                }
                else if (name == "windows_run")
                {
                    // bridge.ps1's entry with the real Windows seams (mutex, clock, files, COM and HCN adapters)
                    // and only the call-site delegate faked: what runs on a host up to the cmdlets.
                    BridgeAnswer a = WindowsHost.Run(CallSite, "5.1.test", (string)cmd["line"], null);
                    answer = D("text", a.Text, "exit", a.Exit);
                }
                else if (name == "folder_problems")
                {
                    List<string> sids = new List<string>();
                    foreach (object x in (IEnumerable)cmd["allowed"]) { sids.Add((string)x); }
                    answer = WindowsFiles.FolderProblems((string)cmd["owner"], (bool)cmd["protected"], sids);
                }
                else if (name == "com_tour")
                {
                    answer = ComTour();
                }
                else if (name == "com_tour_stop")
                {
                    // Stop before Delete, and the boot trigger's delay (review-2 2 and 5); Stop by reflection so
                    // this runner also builds against a helper without it (the "before the fix" evidence).
                    FakeCom com = new FakeCom();
                    ComTaskScheduler t = new ComTaskScheduler(com, "HV01\\admin");
                    t.Register("hyperv.network job 1", "-EncodedCommand AAAA", false, false);
                    t.Register("hyperv.network boot replay", "-EncodedCommand BBBB", true, true);
                    t.Run("hyperv.network job 1");
                    System.Reflection.MethodInfo stop = typeof(ComTaskScheduler).GetMethod("Stop");
                    if (stop != null) { stop.Invoke(t, new object[] { "hyperv.network job 1" }); }
                    t.Delete("hyperv.network job 1");
                    answer = D("log", com.Log);
                }
                else if (name == "windows_files")
                {
                    answer = WindowsFilesTour((string)cmd["dir"]);
                }
                else if (name == "loader")
                {
                    answer = Bridge.LoaderArguments((string)cmd["path"], (string)cmd["sha"], (string)cmd["marker"]);
                }
                else { throw new ArgumentException("unknown command " + name); }
                Send(D("answer", answer));
            }
            catch (Exception e)
            {
                Send(D("answer", null, "crash", e.ToString()));
            }
        }

        // The Task Scheduler seam against a fake COM binder: the calls and values it makes, in order.
        private static Dictionary<string, object> ComTour()
        {
            FakeCom com = new FakeCom();
            ComTaskScheduler t = new ComTaskScheduler(com, "HV01\\admin");
            t.Register("hyperv.network job 1", "-EncodedCommand AAAA", false, false);
            t.Run("hyperv.network job 1");
            TaskInfo running = t.Query("hyperv.network job 1");
            t.Register("hyperv.network boot replay", "-EncodedCommand BBBB", true, true);
            TaskInfo idle = t.Query("hyperv.network boot replay");
            t.Delete("hyperv.network job 1");
            TaskInfo gone = t.Query("hyperv.network job 1");
            return D("log", com.Log, "running", D("exists", running.Exists, "state", running.State, "result", running.LastResult, "pid", running.EnginePid),
                "idle", D("exists", idle.Exists, "state", idle.State, "result", idle.LastResult, "pid", idle.EnginePid),
                "gone", D("exists", gone.Exists));
        }

        private class FakeComObject
        {
            public string Kind;
            public Dictionary<string, object> Props = new Dictionary<string, object>();

            public FakeComObject(string kind) { Kind = kind; }
        }

        // IDispatch as the Task Scheduler objects answer it, just enough for ComTaskScheduler.
        private class FakeCom : IComBinder
        {
            public readonly List<object> Log = new List<object>();
            private readonly Dictionary<string, FakeComObject> tasks = new Dictionary<string, FakeComObject>();

            private static string Text(object v) { return v == null ? "null" : v is bool ? ((bool)v ? "true" : "false") : Convert.ToString(v); }

            public object Create(string progId)
            {
                Log.Add("Create " + progId);
                return new FakeComObject(progId);
            }

            public object Get(object o, string name, params object[] index)
            {
                FakeComObject c = (FakeComObject)o;
                if (index != null && index.Length > 0) { Log.Add("Get " + c.Kind + "." + name + "(" + Text(index[0]) + ")"); return c.Props[name + Text(index[0])]; }
                if (!c.Props.ContainsKey(name)) { c.Props[name] = new FakeComObject(name); }
                return c.Props[name];
            }

            public void Set(object o, string name, object value)
            {
                FakeComObject c = (FakeComObject)o;
                Log.Add("Set " + c.Kind + "." + name + "=" + Text(value));
                c.Props[name] = value;
            }

            public object Invoke(object o, string name, params object[] args)
            {
                FakeComObject c = (FakeComObject)o;
                List<string> a = new List<string>();
                foreach (object x in args ?? new object[0]) { a.Add(x is FakeComObject ? ((FakeComObject)x).Kind : Text(x)); }
                Log.Add("Call " + c.Kind + "." + name + "(" + String.Join(", ", a.ToArray()) + ")");
                if (name == "NewTask") { return new FakeComObject("TaskDefinition"); }
                if (name == "GetFolder") { return new FakeComObject("Folder"); }
                if (name == "Create") { return new FakeComObject(c.Kind == "Actions" ? "ExecAction" : "BootTrigger"); }
                if (name == "RegisterTaskDefinition")
                {
                    FakeComObject task = new FakeComObject("RegisteredTask");
                    task.Props["State"] = 3;
                    task.Props["LastTaskResult"] = 0x41303;
                    tasks[(string)args[0]] = task;
                    return task;
                }
                if (name == "GetTask")
                {
                    // A missing task: COMException 0x80070002 inside the TargetInvocationException InvokeMember throws.
                    if (!tasks.ContainsKey((string)args[0])) { throw new System.Reflection.TargetInvocationException(new System.Runtime.InteropServices.COMException("The system cannot find the file specified.", unchecked((int)0x80070002))); }
                    return tasks[(string)args[0]];
                }
                if (name == "Run")
                {
                    c.Props["State"] = 4;
                    c.Props["LastTaskResult"] = 0x41301;
                    c.Props["Running"] = true;
                    return null;
                }
                if (name == "GetInstances")
                {
                    FakeComObject list = new FakeComObject("RunningTaskCollection");
                    bool on = c.Props.ContainsKey("Running");
                    list.Props["Count"] = on ? 1 : 0;
                    FakeComObject one = new FakeComObject("RunningTask");
                    one.Props["EnginePID"] = 4242;
                    list.Props["Item1"] = one;
                    return list;
                }
                if (name == "DeleteTask") { tasks.Remove((string)args[0]); return null; }
                return null;
            }
        }

        // The real file seam on this machine's file system (Linux semantics: no sharing violations).
        private static List<object> WindowsFilesTour(string dir)
        {
            WindowsFiles f = new WindowsFiles();
            List<object> seen = new List<object>();
            string sub = Path.Combine(dir, "jobs");
            seen.Add(f.Exists(sub));
            f.CreateDirectory(sub);
            seen.Add(f.Exists(sub));
            string a = Path.Combine(sub, "a.json");
            string b = Path.Combine(sub, "b.tmp");
            f.WriteNew(b, "first");
            f.Move(b, a);
            f.WriteNew(b, "second \u00e9");
            f.Replace(b, a);
            seen.Add(f.ReadText(a));
            seen.Add(f.Exists(b));
            f.Delete(a);
            seen.Add(f.Exists(a));
            string claim = Path.Combine(sub, "c.started");
            seen.Add(f.CreateNew(claim, "first"));
            seen.Add(f.CreateNew(claim, "second"));
            seen.Add(f.ReadText(claim));
            SystemClock c = new SystemClock();
            DateTime t0 = c.UtcNow;
            c.Sleep(20);
            seen.Add((c.UtcNow - t0).TotalMilliseconds >= 15);
            return seen;
        }

        // Sends an event and waits for its reply, running any command that arrives first.
        private static IDictionary Ask(Dictionary<string, object> ev)
        {
            Send(ev);
            while (true)
            {
                string line = input.ReadLine();
                if (line == null) { throw new IOException("the test closed stdin"); }
                IDictionary msg = (IDictionary)Json.DeserializeObject(line);
                if (msg.Contains("cmd")) { Execute(msg); continue; }
                return msg;
            }
        }

        private static object Plain(object v)
        {
            System.Management.Automation.PSObject p = v as System.Management.Automation.PSObject;
            if (p != null) { return p.Values; }
            IDictionary d = v as IDictionary;
            if (d != null)
            {
                Dictionary<string, object> c = new Dictionary<string, object>();
                foreach (DictionaryEntry e in d) { c[(string)e.Key] = Plain(e.Value); }
                return c;
            }
            if (v is IEnumerable && !(v is string))
            {
                List<object> l = new List<object>();
                foreach (object x in (IEnumerable)v) { l.Add(Plain(x)); }
                return l;
            }
            return v;
        }

        // Results of a call site: dictionaries become PSObject stand-ins, as cmdlet output would be.
        // {"__single__": x}: the call site handed back one object instead of an array; an item with
        // "__cim__" is a bare CimInstance instead of a PSObject.
        private static object Wrap(object v)
        {
            IDictionary single = v as IDictionary;
            if (single != null && single.Contains("__single__")) { return WrapOne(single["__single__"]); }
            IList list = v as IList;
            if (list == null) { return v; }
            object[] items = new object[list.Count];
            for (int i = 0; i < list.Count; i++) { items[i] = WrapOne(list[i]); }
            return items;
        }

        private static object WrapOne(object v)
        {
            IDictionary d = v as IDictionary;
            if (d == null) { return v; }
            if (d.Contains("__cim__")) { return new Microsoft.Management.Infrastructure.CimInstance(d); }
            return new System.Management.Automation.PSObject(d);
        }

        private static object CallSite(string site, Dictionary<string, object> args)
        {
            IDictionary r = Ask(D("event", "call", "site", site, "args", Plain(args)));
            if (r.Contains("error"))
            {
                IDictionary e = (IDictionary)r["error"];
                System.Management.Automation.ErrorCategory category = System.Management.Automation.ErrorCategory.NotSpecified;
                if (e.Contains("category") && e["category"] != null) { category = (System.Management.Automation.ErrorCategory)Enum.Parse(typeof(System.Management.Automation.ErrorCategory), (string)e["category"]); }
                throw new System.Management.Automation.ActionPreferenceStopException((string)e["message"], (string)e["fqid"], category);
            }
            return Wrap(r["result"]);
        }

        private static HostSeams Seams()
        {
            HostSeams s = new HostSeams();
            s.Call = CallSite;
            s.Hcn = useNative ? (IHcnApi)new NativeHcnApi() : new FakeHcn();
            s.Files = new FakeFiles();
            s.Clock = new FakeClock();
            s.NewLock = delegate { return new FakeLock(); };
            s.Tasks = new FakeTasks();
            s.MachineName = "HV01";
            s.OsBuild = 20348;
            s.PsVersion = "5.1.20348.2031";
            return s;
        }

        private class FakeHcn : IHcnApi
        {
            // HCN errors come back as computenetwork.dll would return them (HRESULT, error record) and go
            // through the helper's own check, so the HcnException is the one Windows would give.
            private static object Call(string method, params object[] args)
            {
                IDictionary r = Ask(D("event", "hcn", "method", method, "args", new List<object>(args)));
                if (r.Contains("error"))
                {
                    IDictionary e = (IDictionary)r["error"];
                    Hcn.CheckRecord((string)e["op"], Convert.ToInt32(e["hr"]), (string)e["record"]);
                }
                return r["result"];
            }

            public string Enumerate(string kind, string query) { return (string)Call("Enumerate", kind, query); }

            public string Query(string kind, Guid id, string query) { return (string)Call("Query", kind, id.ToString(), query); }

            public string Create(string kind, Guid id, Guid networkId, string settings) { return (string)Call("Create", kind, id.ToString(), networkId.ToString(), settings); }

            public void Modify(string kind, Guid id, string request) { Call("Modify", kind, id.ToString(), request); }

            public void Delete(string kind, Guid id) { Call("Delete", kind, id.ToString()); }

            public string HnsCall(string method, string path, string request) { return (string)Call("HnsCall", method, path, request); }
        }

        private class FakeClock : IBridgeClock
        {
            public DateTime UtcNow { get { return new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(nowMs); } }

            public void Sleep(int milliseconds)
            {
                nowMs += milliseconds;
                Ask(D("event", "sleep", "ms", milliseconds, "now_ms", nowMs));
            }
        }

        private class FakeLock : IHostLock
        {
            private bool mine;

            public bool Acquire(int timeoutMs)
            {
                if (lockHeld) { return false; }
                lockHeld = true;
                mine = true;
                return true;
            }

            public void Release()
            {
                if (mine) { lockHeld = false; }
                mine = false;
            }
        }

        private class FakeTasks : IJobScheduler
        {
            private static IDictionary Call(string method, params object[] args)
            {
                IDictionary r = Ask(D("event", "task", "method", method, "args", new List<object>(args)));
                if (r.Contains("error"))
                {
                    IDictionary e = (IDictionary)r["error"];
                    // A COM error as Type.InvokeMember throws it on .NET Framework: the callee's COMException
                    // inside a TargetInvocationException (review-2 3).
                    if (e.Contains("hr")) { throw new System.Reflection.TargetInvocationException(new System.Runtime.InteropServices.COMException((string)e["message"], Convert.ToInt32(e["hr"]))); }
                    throw new InvalidOperationException((string)e["message"]);
                }
                return r["result"] as IDictionary;
            }

            public void Register(string name, string arguments, bool asSystem, bool atBoot) { Call("Register", name, arguments, asSystem, atBoot); }

            public void Run(string name) { Call("Run", name); }

            public TaskInfo Query(string name)
            {
                IDictionary r = Call("Query", name);
                TaskInfo t = new TaskInfo();
                if (r == null) { return t; }
                t.Exists = true;
                t.State = Convert.ToInt32(r["State"]);
                t.LastResult = Convert.ToInt32(r["LastTaskResult"]);
                t.EnginePid = Convert.ToInt32(r["EnginePID"]);
                return t;
            }

            public void Stop(string name) { Call("Stop", name); }

            public void Delete(string name) { Call("Delete", name); }
        }

        // Real files under the test's folder; Replace/Move and reads can be made to fail as a sharing
        // violation does on Windows (another process has the file open without FILE_SHARE_DELETE).
        private class FakeFiles : IBridgeFiles
        {
            public string Folder(bool create)
            {
                string dir = Path.Combine(root, "hyperv.network");
                if (!Directory.Exists(dir))
                {
                    if (!create) { return null; }
                    Directory.CreateDirectory(dir);
                }
                return dir;
            }

            public bool Exists(string path) { return File.Exists(path) || Directory.Exists(path); }

            public void CreateDirectory(string path) { Directory.CreateDirectory(path); }

            private static void Sharing(ref int faults, string what, string path)
            {
                if (faults <= 0) { return; }
                faults--;
                Ask(D("event", "fault", "what", what, "path", path));
                // ERROR_ACCESS_DENIED (a delete-pending target, File.Move onto a held file): .NET Framework's
                // __Error.WinIOError makes it an UnauthorizedAccessException (review-2 4).
                if (deniedFaults) { throw new UnauthorizedAccessException("Access to the path '" + path + "' is denied."); }
                throw new IOException("The process cannot access the file '" + path + "' because it is being used by another process.");
            }

            public string ReadText(string path)
            {
                Sharing(ref readFaults, "read", path);
                return File.ReadAllText(path);
            }

            public void WriteNew(string path, string text) { File.WriteAllText(path, text); }

            public bool CreateNew(string path, string text)
            {
                try
                {
                    using (FileStream f = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                    using (StreamWriter w = new StreamWriter(f)) { w.Write(text); }
                    return true;
                }
                catch (IOException)
                {
                    if (File.Exists(path)) { return false; }
                    throw;
                }
            }

            public void Replace(string source, string destination)
            {
                Sharing(ref replaceFaults, "replace", destination);
                File.Copy(source, destination, true);
                File.Delete(source);
            }

            public void Move(string source, string destination)
            {
                Sharing(ref replaceFaults, "move", destination);
                File.Move(source, destination);
            }

            public void Delete(string path) { File.Delete(path); }
        }
    }
}
