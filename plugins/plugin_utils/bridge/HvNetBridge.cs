// hyperv.network bridge logic. C# 5 only: Windows PowerShell 5.1 compiles it with csc through Add-Type.
// Everything the host side decides lives here; bridge.ps1 keeps only call sites that run one cmdlet each.
// The only ways to Windows are the seams in HostSeams: the call-site delegate (cmdlets), IHcnApi
// (computenetwork.dll), IBridgeFiles, IBridgeClock, IHostLock and IJobScheduler. Tests run this class
// under Mono against fakes of all of them (tests/hostcode/fakewin).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Web.Script.Serialization;

namespace HyperVNetwork
{
    // A protocol error with its code (PRECONDITION_FAILED, BAD_REQUEST, ...), thrown by the logic.
    public class BridgeError : Exception
    {
        private readonly string code;
        private readonly string detail;

        public BridgeError(string code, string message, string detail) : base(message)
        {
            this.code = code;
            this.detail = detail;
        }

        public string Code { get { return code; } }

        public string Detail { get { return detail; } }
    }

    public interface IHcnApi
    {
        string Enumerate(string kind, string query);
        string Query(string kind, Guid id, string query);
        string Create(string kind, Guid id, Guid networkId, string settings);
        void Modify(string kind, Guid id, string request);
        void Delete(string kind, Guid id);
        string HnsCall(string method, string path, string request);
    }

    public interface IBridgeFiles
    {
        // The Administrators-only folder (created when asked to, its ACL verified); null when absent and not created.
        string Folder(bool create);
        bool Exists(string path);
        void CreateDirectory(string path);
        string ReadText(string path);
        void WriteNew(string path, string text);
        // FileMode.CreateNew: false when the file exists already (the job's claim, review-2 2).
        bool CreateNew(string path, string text);
        void Replace(string source, string destination);
        void Move(string source, string destination);
        void Delete(string path);
    }

    public interface IBridgeClock
    {
        DateTime UtcNow { get; }
        void Sleep(int milliseconds);
    }

    public interface IHostLock
    {
        // True when held (an abandoned lock counts as held); false after the timeout.
        bool Acquire(int timeoutMs);
        void Release();
    }

    public class TaskInfo
    {
        public bool Exists;
        public int State;
        public int LastResult;
        public int EnginePid;
    }

    public interface IJobScheduler
    {
        void Register(string name, string arguments, bool asSystem, bool atBoot);
        void Run(string name);
        TaskInfo Query(string name);
        // IRegisteredTask.Stop(0): ends the task's running instances (review-2 2).
        void Stop(string name);
        void Delete(string name);
    }

    public class HostSeams
    {
        public Func<string, Dictionary<string, object>, object> Call;
        public IHcnApi Hcn;
        public IBridgeFiles Files;
        public IBridgeClock Clock;
        public Func<IHostLock> NewLock;
        public IJobScheduler Tasks;
        public string MachineName;
        public int OsBuild;
        public string PsVersion;
        public string PowerShellPath;
    }

    public class BridgeAnswer
    {
        public string Text;
        public int Exit;
    }

    // Partial: the host objects that are not HNS objects (routes, forwarding, firewall rules, host attach, the
    // vms and features snapshot) are in HvNetHostObjects.cs.
    public partial class Bridge
    {
        public const string Tag = "[hyperv.network]";
        public const string ReplayId = "00000000-0000-0000-0000-000000000000";
        public const int SettleLimitS = 60;
        // After the repairs: each New-NetRoute / New-NetIPAddress makes NLA identify the network again (review-2 1).
        public const int ResettleLimitS = 30;
        public const int StartWaitS = 10;
        // A start that Task Scheduler reports queued (SCHED_S_TASK_QUEUED) is waited for this long (review-2 2).
        public const int QueuedWaitS = 60;
        // WaitForConfirm takes the host lock for its last look: attempts of ConfirmLockWaitMs each (review-2 notes).
        public const int ConfirmLockWaitMs = 60000;
        public const int ConfirmLockAttempts = 30;
        // Boot replay: vmms and hns are waited for (bounded), each operation is tried a few times (review-2 5).
        public const int BootServicesWaitS = 300;
        public const int ReplayAttempts = 4;
        public const int ReplayRetryMs = 15000;

        private static readonly string[] Ops = {
            "ping", "snapshot", "switch_create", "switch_set", "switch_rename", "switch_team_set", "switch_remove",
            "hcn_network_create", "hcn_network_modify", "hcn_network_delete", "hcn_endpoint_create",
            "hcn_endpoint_modify", "hcn_endpoint_delete", "hcn_namespace_create", "hcn_namespace_modify",
            "hcn_namespace_delete", "vm_adapter_set", "hcn_endpoint_host_attach", "hcn_endpoint_host_detach",
            "net_route_add", "net_route_remove", "ip_forwarding_set", "firewall_rule_create", "firewall_rule_set",
            "firewall_rule_remove", "ledger_adopt", "ledger_release", "job_start", "job_status", "job_confirm" };

        private readonly HostSeams w;
        private readonly JavaScriptSerializer json;
        private string hypervMissing;
        private bool hypervKnown;
        // The host lock of the batch running, its timeout, and whether the batch is one operation: a confirming
        // poll alone in its batch lets the lock go for its await_overlay wait (windows review 5 finding 1).
        private IHostLock batchLock;
        private int batchLockTimeoutMs;
        private bool batchAlone;

        public Bridge(HostSeams seams)
        {
            w = seams;
            json = new JavaScriptSerializer();
            json.MaxJsonLength = Int32.MaxValue;
            json.RecursionLimit = 1024;
        }

        // ---- Entry: one request line (or the scheduled task's marker line) -> framed response and exit code ----
        public BridgeAnswer Main(string line, string bridgeText)
        {
            BridgeAnswer answer = new BridgeAnswer();
            if (line != null && line.StartsWith("#hvnet-job:", StringComparison.Ordinal))
            {
                RunJob(line.Substring(11));
                answer.Text = "";
                return answer;
            }
            if (line == "#hvnet-replay")
            {
                BootReplay();
                answer.Text = "";
                return answer;
            }
            Dictionary<string, object> resp = NewResponse();
            try
            {
                object req = null;
                bool parsed = false;
                try { req = json.DeserializeObject(line); parsed = true; }
                catch (Exception e) { SetFault(resp, "BAD_REQUEST", "the request line is not valid JSON: " + e.Message); }
                if (parsed)
                {
                    Batch(req, resp, bridgeText);
                    SaveBridgeCache(bridgeText);
                }
            }
            catch (Exception e)
            {
                SetFault(resp, "INTERNAL", "bridge failure outside any operation: " + e.Message);
                ((Dictionary<string, object>)resp["error"])["detail"] = e.ToString();
            }
            string text;
            try { text = ToJson(resp); }
            catch (Exception)
            {
                text = "{\"protocol\":1,\"ok\":false,\"results\":[],\"error\":{\"index\":null,\"op\":null,\"code\":\"INTERNAL\",\"message\":\"the bridge could not serialise its response\"}}";
            }
            answer.Text = "##hvnet-response-begin##" + text + "##hvnet-response-end##";
            answer.Exit = ExitCode(resp);
            return answer;
        }

        // Exit code per docs/bridge-protocol.md: 0 ok, 1 an operation failed, 2 bad request, 3 refused.
        public static int ExitCode(Dictionary<string, object> resp)
        {
            if (true.Equals(resp["ok"])) { return 0; }
            IDictionary err = resp["error"] as IDictionary;
            string code = err == null ? "" : Str(err["code"]);
            if (code == "BAD_REQUEST" || code == "PROTOCOL_MISMATCH") { return 2; }
            if (code == "CONSTRAINED_LANGUAGE" || code == "PROCESS_32BIT" || code == "UNSUPPORTED_POWERSHELL" || code == "JEA_ENDPOINT") { return 3; }
            return 1;
        }

        public static Dictionary<string, object> NewResponse()
        {
            Dictionary<string, object> r = new Dictionary<string, object>();
            r["protocol"] = 1;
            r["request_id"] = null;
            r["ok"] = false;
            r["elapsed_ms"] = 0;
            r["results"] = new List<object>();
            r["error"] = null;
            return r;
        }

        private static void SetFault(Dictionary<string, object> resp, string code, string message)
        {
            Dictionary<string, object> e = new Dictionary<string, object>();
            e["index"] = null;
            e["op"] = null;
            e["code"] = code;
            e["hresult"] = null;
            e["message"] = message;
            e["detail"] = null;
            resp["error"] = e;
        }

        // Serialises and escapes every character above 0x7E, so stdout stays ASCII on any code page.
        public string ToJson(object value)
        {
            string text = json.Serialize(value);
            StringBuilder sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (c > 0x7E) { sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); }
                else { sb.Append(c); }
            }
            return sb.ToString();
        }

        // ---- The batch: whole-request validation before anything runs, the host lock, ops in order ----
        public void Batch(object request, Dictionary<string, object> resp, string bridgeText)
        {
            DateTime started = w.Clock.UtcNow;
            try { BatchInner(request, resp, bridgeText); }
            finally { resp["elapsed_ms"] = (int)(w.Clock.UtcNow - started).TotalMilliseconds; }
        }

        private void BatchInner(object request, Dictionary<string, object> resp, string bridgeText)
        {
            IDictionary req = request as IDictionary;
            if (req == null) { SetFault(resp, "BAD_REQUEST", "the request is not a JSON object"); return; }
            object rid = Arg(req, "request_id");
            if (rid != null) { resp["request_id"] = Str(rid); }
            object proto = Arg(req, "protocol");
            if (!(proto is int && (int)proto == 1))
            {
                SetFault(resp, "PROTOCOL_MISMATCH", "this bridge speaks protocol 1; the request asks for protocol " + Str(proto));
                return;
            }
            IList ops = Arg(req, "ops") as IList;
            if (ops == null || ops.Count < 1)
            {
                SetFault(resp, "BAD_REQUEST", "ops must be a non-empty list of operations");
                return;
            }
            for (int i = 0; i < ops.Count; i++)
            {
                string bad = ShapeProblem(ops[i]);
                if (bad != null)
                {
                    SetFault(resp, "BAD_REQUEST", String.Format(CultureInfo.InvariantCulture, bad, i));
                    ((Dictionary<string, object>)resp["error"])["index"] = i;
                    return;
                }
            }
            int timeout = 30000;
            object t = Arg(req, "lock_timeout_ms");
            if (t != null) { timeout = Convert.ToInt32(t, CultureInfo.InvariantCulture); }
            IHostLock hostLock = w.NewLock();
            if (!hostLock.Acquire(timeout))
            {
                SetFault(resp, "LOCK_TIMEOUT", "another hyperv.network batch held the host lock for more than " + timeout + " ms");
                return;
            }
            IHostLock outerLock = batchLock;
            int outerTimeout = batchLockTimeoutMs;
            bool outerAlone = batchAlone;
            batchLock = hostLock;
            batchLockTimeoutMs = timeout;
            batchAlone = ops.Count == 1;
            try
            {
                List<object> results = (List<object>)resp["results"];
                for (int i = 0; i < ops.Count; i++)
                {
                    IDictionary o = (IDictionary)ops[i];
                    string name = Str(Arg(o, "op"));
                    Dictionary<string, object> res = new Dictionary<string, object>();
                    res["op"] = name;
                    res["ok"] = false;
                    res["data"] = null;
                    results.Add(res);
                    try
                    {
                        IList pres = Arg(o, "pre") as IList;
                        if (pres != null) { foreach (object pre in pres) { AssertPre((IDictionary)pre); } }
                        IDictionary a = Arg(o, "args") as IDictionary;
                        if (a == null) { a = new Dictionary<string, object>(); }
                        Dictionary<string, object> data = new Dictionary<string, object>();
                        Dispatch(name, a, data, bridgeText);
                        res["data"] = data;
                        res["ok"] = true;
                    }
                    catch (Exception e)
                    {
                        resp["error"] = ToError(e, i, name);
                        break;
                    }
                }
                resp["ok"] = resp["error"] == null;
            }
            finally
            {
                // batchLock: the lock taken again after a confirming poll's wait, if it was let go.
                batchLock.Release();
                batchLock = outerLock;
                batchLockTimeoutMs = outerTimeout;
                batchAlone = outerAlone;
            }
        }

        private static string ShapeProblem(object op)
        {
            IDictionary o = op as IDictionary;
            if (o == null) { return "operation {0} is not a JSON object"; }
            if (Array.IndexOf(Ops, Arg(o, "op") as string) < 0) { return "operation {0} names an unknown op"; }
            if (Arg(o, "args") != null && !(Arg(o, "args") is IDictionary)) { return "operation {0}: args must be a JSON object"; }
            // The host objects' arguments (HvNetHostObjects.cs); the text may hold request values: braces escaped.
            string argsBad = HostObjectArgsProblem(Str(Arg(o, "op")), Arg(o, "args") as IDictionary);
            if (argsBad == null && Str(Arg(o, "op")) == "job_status") { argsBad = JobStatusArgsProblem(Arg(o, "args") as IDictionary); }
            if (argsBad != null) { return "operation {0} (" + Str(Arg(o, "op")) + "): " + argsBad.Replace("{", "{{").Replace("}", "}}"); }
            object pres = Arg(o, "pre");
            if (pres == null) { return null; }
            IList list = pres as IList;
            if (list == null || pres is string || pres is IDictionary) { return "operation {0}: pre must be a list"; }
            foreach (object p in list) { if (!(p is IDictionary)) { return "operation {0}: each precondition must be a JSON object"; } }
            return null;
        }

        private void Dispatch(string name, IDictionary a, Dictionary<string, object> d, string bridgeText)
        {
            switch (name)
            {
                case "ping": d["pong"] = true; d["protocol"] = 1; break;
                case "snapshot": Snapshot(a, d); break;
                case "switch_create": SwitchCreate(a, d); break;
                case "switch_set": SwitchSet(a, d); break;
                case "switch_rename": SwitchRename(a, d); break;
                case "switch_team_set": SwitchTeamSet(a, d); break;
                case "switch_remove": SwitchRemove(a, d); break;
                case "hcn_network_create": HcnCreate("network", a, d, null); break;
                case "hcn_network_modify": HcnModify("network", a, d); break;
                case "hcn_network_delete": HcnDelete("network", a, d); break;
                case "hcn_endpoint_create": HcnCreate("endpoint", a, d, Arg(a, "network_id")); break;
                case "hcn_endpoint_modify": HcnModify("endpoint", a, d); break;
                case "hcn_endpoint_delete": HcnDelete("endpoint", a, d); break;
                case "hcn_namespace_create": HcnCreate("namespace", a, d, null); break;
                case "hcn_namespace_modify": HcnModify("namespace", a, d); break;
                case "hcn_namespace_delete": HcnDelete("namespace", a, d); break;
                case "vm_adapter_set": VmAdapterSet(a, d); break;
                case "hcn_endpoint_host_attach": HcnEndpointHostAttach(a, d); break;
                case "hcn_endpoint_host_detach": HcnEndpointHostDetach(a, d); break;
                case "net_route_add": NetRouteAdd(a, d); break;
                case "net_route_remove": NetRouteRemove(a, d); break;
                case "ip_forwarding_set": IpForwardingSet(a, d); break;
                case "firewall_rule_create": FirewallRuleCreate(a, d); break;
                case "firewall_rule_set": FirewallRuleSet(a, d); break;
                case "firewall_rule_remove": FirewallRuleRemove(a, d); break;
                case "ledger_adopt": UpdateLedger(Str(Arg(a, "kind")), Str(Arg(a, "id")), true); d["id"] = GuidText(Arg(a, "id")); break;
                case "ledger_release": UpdateLedger(Str(Arg(a, "kind")), Str(Arg(a, "id")), false); d["id"] = GuidText(Arg(a, "id")); break;
                case "job_start": JobStart(a, d, bridgeText); break;
                case "job_status": JobStatus(a, d); break;
                case "job_confirm": JobConfirm(a, d); break;
                default: throw new BridgeError("BAD_REQUEST", "unknown op '" + name + "'", null);
            }
        }

        // ---- Errors ----
        public Dictionary<string, object> ToError(Exception ex, object index, string op)
        {
            Dictionary<string, object> e = new Dictionary<string, object>();
            e["index"] = index;
            e["op"] = op;
            e["code"] = "CMDLET_ERROR";
            e["hresult"] = null;
            e["message"] = "";
            e["detail"] = null;
            for (Exception x = ex; x != null; x = x.InnerException)
            {
                BridgeError b = x as BridgeError;
                if (b != null)
                {
                    e["code"] = b.Code;
                    e["message"] = b.Message;
                    e["detail"] = b.Detail;
                    return e;
                }
            }
            HcnException h = FindHcn(ex);
            if (h != null)
            {
                e["code"] = "HNS_ERROR";
                e["hresult"] = h.HResultText;
                e["message"] = h.Message;
                e["detail"] = h.ErrorRecord;
                // HNS error records are JSON ({"Success":false,"Error":"...","ErrorCode":n}): keep the text.
                try
                {
                    IDictionary rec = String.IsNullOrEmpty(h.ErrorRecord) ? null : json.DeserializeObject(h.ErrorRecord) as IDictionary;
                    if (rec != null && rec.Contains("Error")) { e["message"] = h.Operation + ": " + Str(rec["Error"]); }
                }
                catch (ArgumentException) { e["message"] = h.Message; }
                return e;
            }
            Exception top = ex;
            while (top is TargetInvocationException && top.InnerException != null) { top = top.InnerException; }
            e["message"] = CmdletMessage(top);
            e["detail"] = FullyQualifiedErrorId(top);
            return e;
        }

        private static HcnException FindHcn(Exception ex)
        {
            for (Exception x = ex; x != null; x = x.InnerException)
            {
                HcnException h = x as HcnException;
                if (h != null) { return h; }
            }
            return null;
        }

        // A PowerShell error (RuntimeException and kin) carries an ErrorRecord; read its
        // FullyQualifiedErrorId by reflection (System.Management.Automation is not referenced).
        // A cmdlet error made terminating by -ErrorAction Stop arrives as ActionPreferenceStopException, whose
        // Message is "The running command stopped because the preference variable "ErrorActionPreference" or
        // common parameter is set to Stop: <the error>": the message is its ErrorRecord.Exception's
        // (read by reflection), and the prefix is cut from any text that still carries it (review-2 notes).
        public static string CmdletMessage(Exception ex)
        {
            PropertyInfo p = ex.GetType().GetProperty("ErrorRecord");
            object rec = p == null ? null : p.GetValue(ex, null);
            PropertyInfo inner = rec == null ? null : rec.GetType().GetProperty("Exception");
            Exception cause = inner == null ? null : inner.GetValue(rec, null) as Exception;
            if (cause != null && !Object.ReferenceEquals(cause, ex) && !String.IsNullOrEmpty(cause.Message)) { return StopPrefixless(cause.Message); }
            return StopPrefixless(ex.Message);
        }

        public static string StopPrefixless(string message)
        {
            const string Prefix = "The running command stopped because the preference variable";
            if (message == null || !message.StartsWith(Prefix, StringComparison.Ordinal)) { return message; }
            int at = message.IndexOf("set to Stop: ", StringComparison.Ordinal);
            return at < 0 ? message : message.Substring(at + "set to Stop: ".Length);
        }

        public static string FullyQualifiedErrorId(Exception ex)
        {
            for (Exception x = ex; x != null; x = x.InnerException)
            {
                PropertyInfo p = x.GetType().GetProperty("ErrorRecord");
                object rec = p == null ? null : p.GetValue(x, null);
                if (rec == null) { continue; }
                PropertyInfo id = rec.GetType().GetProperty("FullyQualifiedErrorId");
                if (id != null) { return Str(id.GetValue(rec, null)); }
            }
            return ex.GetType().FullName;
        }

        // ---- Argument access (request objects are dictionaries from the serializer) ----
        public static object Arg(IDictionary d, string key)
        {
            return (d != null && d.Contains(key)) ? d[key] : null;
        }

        public static string Str(object v)
        {
            if (v == null) { return null; }
            return Convert.ToString(v, CultureInfo.InvariantCulture);
        }

        private static int ToInt(object v) { return Convert.ToInt32(v, CultureInfo.InvariantCulture); }

        private static object IntOrNull(object v) { return v == null ? null : (object)ToInt(v); }

        public static List<string> StrList(IDictionary d, string key)
        {
            List<string> list = new List<string>();
            object v = Arg(d, key);
            // A single string is a one-element list, as PowerShell's foreach over it was.
            if (v is string) { list.Add((string)v); return list; }
            IEnumerable many = v as IEnumerable;
            if (many == null) { return list; }
            foreach (object x in many) { list.Add(Str(x)); }
            return list;
        }

        public static bool Same(string a, string b) { return String.Equals(a, b, StringComparison.OrdinalIgnoreCase); }

        private static bool Wanted(List<string> filter, string name)
        {
            if (filter == null) { return true; }
            foreach (string f in filter) { if (Same(f, name)) { return true; } }
            return false;
        }

        private static string GuidText(object v) { return new Guid(Str(v)).ToString(); }

        // ---- Call sites: one cmdlet each, results as a list; properties read as PowerShell shows them ----
        public List<object> Call(string site, Dictionary<string, object> args)
        {
            object r = w.Call(site, args ?? new Dictionary<string, object>());
            List<object> list = new List<object>();
            if (r == null) { return list; }
            // The call site returns one array; should PowerShell hand back a single object instead,
            // it is kept as it came (its PSObject wrapper carries the properties the logic reads).
            object b = Unwrap(r);
            IEnumerable e = b as IEnumerable;
            if (e == null || b is string || b is IDictionary) { list.Add(r); return list; }
            foreach (object x in e) { if (x != null) { list.Add(x); } }
            return list;
        }

        private static Dictionary<string, object> P(params object[] kv)
        {
            Dictionary<string, object> d = new Dictionary<string, object>();
            for (int i = 0; i + 1 < kv.Length; i += 2) { d[(string)kv[i]] = kv[i + 1]; }
            return d;
        }

        // The PSObject around a cmdlet's output (or a dictionary in tests) -> the base object.
        public static object Unwrap(object v)
        {
            if (v == null) { return null; }
            Type t = v.GetType();
            if (t.FullName == "System.Management.Automation.PSObject")
            {
                object b = t.GetProperty("BaseObject").GetValue(v, null);
                if (b != null && b.GetType().FullName != "System.Management.Automation.PSCustomObject") { return Unwrap(b); }
            }
            return v;
        }

        // A property as PowerShell shows it ($obj.Name): through the PSObject's adapted and type-data
        // members (CIM properties, ScriptProperty LinkSpeed), a dictionary's key, or a .NET property.
        public static object Prop(object o, string name)
        {
            if (o == null) { return null; }
            IDictionary d = o as IDictionary;
            if (d != null) { return d.Contains(name) ? Unwrap(d[name]) : null; }
            Type t = o.GetType();
            if (t.FullName == "System.Management.Automation.PSObject")
            {
                object props = t.GetProperty("Properties").GetValue(o, null);
                object item = props.GetType().GetProperty("Item", new Type[] { typeof(string) }).GetValue(props, new object[] { name });
                return item == null ? null : Unwrap(item.GetType().GetProperty("Value").GetValue(item, null));
            }
            PropertyInfo p = t.GetProperty(name);
            if (p != null) { return Unwrap(p.GetValue(o, null)); }
            // A bare CimInstance (no PSObject around it): its properties are CimInstanceProperties[name].Value.
            PropertyInfo cim = t.GetProperty("CimInstanceProperties");
            if (cim == null) { return null; }
            object all = cim.GetValue(o, null);
            object one = all.GetType().GetProperty("Item", new Type[] { typeof(string) }).GetValue(all, new object[] { name });
            return one == null ? null : Unwrap(one.GetType().GetProperty("Value").GetValue(one, null));
        }

        private static string PStr(object o, string name) { return Str(Prop(o, name)); }

        // As PowerShell's [string] cast, which the protocol's string fields were written with: null -> "".
        private static string CStr(object o, string name) { return Str(Prop(o, name)) ?? ""; }

        // ---- Hyper-V available: the module AND the platform (vmms service running, or the WMI namespace) ----
        public string HyperVMissing()
        {
            if (hypervKnown) { return hypervMissing; }
            hypervKnown = true;
            hypervMissing = null;
            if (Call("Get-Module", P("ListAvailable", true, "Name", "Hyper-V")).Count == 0)
            {
                hypervMissing = "the Hyper-V PowerShell module is not installed on this host (install the Hyper-V management tools: Install-WindowsFeature RSAT-Hyper-V-Tools, or Hyper-V-PowerShell)";
                return hypervMissing;
            }
            List<object> svc = Call("Get-Service", P("Name", "vmms", "ErrorAction", "SilentlyContinue"));
            if (svc.Count == 1 && PStr(svc[0], "Status") == "Running") { return null; }
            // The WMI namespace Hyper-V registers (root\virtualization\v2); a missing parent namespace is an error.
            bool wmi = false;
            try { wmi = Call("Get-CimInstance", P("Namespace", "root\\virtualization", "ClassName", "__NAMESPACE", "Filter", "Name='v2'", "ErrorAction", "SilentlyContinue")).Count > 0; }
            catch (Exception) { wmi = false; }
            if (wmi) { return null; }
            hypervMissing = svc.Count == 0
                ? "the Hyper-V PowerShell module is installed but the Hyper-V platform is not: there is no Virtual Machine Management service (vmms) and no root\\virtualization\\v2 WMI namespace (install the Hyper-V role: Install-WindowsFeature Hyper-V)"
                : "the Hyper-V PowerShell module is installed but the Virtual Machine Management service (vmms) is " + PStr(svc[0], "Status") + " and there is no root\\virtualization\\v2 WMI namespace (start vmms or install the Hyper-V role)";
            return hypervMissing;
        }

        private void AssertHyperV()
        {
            string missing = HyperVMissing();
            if (missing != null) { throw new BridgeError("NO_HYPERV_MODULE", missing + "; switch and VM adapter operations need it", null); }
        }

        public static bool OwnedSwitch(string notes)
        {
            if (String.IsNullOrEmpty(notes)) { return false; }
            string[] lines = notes.TrimEnd().Split('\n');
            return lines[lines.Length - 1].TrimEnd('\r') == Tag;
        }

        private object SwitchById(string id)
        {
            AssertHyperV();
            Guid g = new Guid(id);
            List<object> m = new List<object>();
            foreach (object s in Call("Hyper-V\\Get-VMSwitch", null)) { if (new Guid(PStr(s, "Id")) == g) { m.Add(s); } }
            if (m.Count != 1) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: switch id=" + id + " is not present", "switch present id=" + id); }
            return m[0];
        }

        private object SwitchByName(string name)
        {
            AssertHyperV();
            List<object> m = new List<object>();
            foreach (object s in Call("Hyper-V\\Get-VMSwitch", null)) { if (Same(PStr(s, "Name"), name)) { m.Add(s); } }
            if (m.Count != 1) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: expected exactly one switch named '" + name + "', found " + m.Count, "switch present name=" + name); }
            return m[0];
        }

        // Adapter names resolved to exactly one existing adapter each (exact, case-insensitive).
        private string[] ResolveAdapters(List<string> names)
        {
            List<object> all = Call("Get-NetAdapter", null);
            List<string> outList = new List<string>();
            foreach (string n in names)
            {
                List<string> m = new List<string>();
                foreach (object a in all) { if (Same(PStr(a, "Name"), n)) { m.Add(PStr(a, "Name")); } }
                if (m.Count != 1) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: expected exactly one network adapter named '" + n + "', found " + m.Count, "adapter present name=" + n); }
                outList.Add(m[0]);
            }
            return outList.ToArray();
        }

        private List<object> VmsNamed(string vmName)
        {
            List<object> m = new List<object>();
            foreach (object vm in Call("Hyper-V\\Get-VM", null)) { if (Same(PStr(vm, "Name"), vmName)) { m.Add(vm); } }
            return m;
        }

        // The NIC of one VM: by its Id when id is given (review 3 finding 6: two NICs may share a name), else by
        // exact name, refusing a name that matches several NICs (AMBIGUOUS_VM_ADAPTER) instead of picking one.
        private object VmAdapter(string vmName, string name, string id)
        {
            AssertHyperV();
            List<object> vms = VmsNamed(vmName);
            if (vms.Count != 1) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: expected exactly one VM named '" + vmName + "', found " + vms.Count, "vm_adapter present vm_name=" + vmName); }
            List<object> nics = new List<object>();
            foreach (object nic in Call("Hyper-V\\Get-VMNetworkAdapter", P("VM", vms[0])))
            {
                if (id != null ? Same(PStr(nic, "Id"), id) : Same(PStr(nic, "Name"), name)) { nics.Add(nic); }
            }
            if (id != null && nics.Count != 1) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: expected exactly one network adapter with Id '" + id + "' on VM '" + vmName + "', found " + nics.Count, "vm_adapter present id=" + id); }
            if (nics.Count > 1) { throw new BridgeError("AMBIGUOUS_VM_ADAPTER", "VM '" + vmName + "' has " + nics.Count + " network adapters named '" + name + "'; give the adapter's id (Microsoft:<VM GUID>\\<NIC GUID>, vm_adapters[].Id) to choose one", "vm_adapter vm_name=" + vmName + " name=" + name + " count=" + nics.Count); }
            if (nics.Count != 1) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: expected exactly one network adapter named '" + name + "' on VM '" + vmName + "', found " + nics.Count, "vm_adapter present name=" + name); }
            return nics[0];
        }

        // ---- HCN ----
        private static bool NotFound(HcnException h)
        {
            string hr = h.HResultText;
            return hr == "0x803B0001" || hr == "0x803B0002" || hr == "0x80070490";
        }

        public List<Guid> HcnIds(string kind)
        {
            List<Guid> ids = new List<Guid>();
            IEnumerable list = json.DeserializeObject(w.Hcn.Enumerate(kind, Hcn.DefaultQuery)) as IEnumerable;
            if (list == null) { return ids; }
            foreach (object x in list) { if (x != null) { ids.Add(new Guid(Str(x))); } }
            return ids;
        }

        // Every object of one kind: {id, name, doc} with doc the untouched properties string.
        public List<KeyValuePair<Guid, string[]>> HcnObjects(string kind)
        {
            List<KeyValuePair<Guid, string[]>> objs = new List<KeyValuePair<Guid, string[]>>();
            foreach (Guid id in HcnIds(kind))
            {
                string doc = null;
                try { doc = w.Hcn.Query(kind, id, Hcn.DefaultQuery); }
                catch (HcnException h) { if (!NotFound(h)) { throw; } }
                if (doc == null) { continue; }
                string name = null;
                try
                {
                    IDictionary o = json.DeserializeObject(doc) as IDictionary;
                    if (o != null && o.Contains("Name")) { name = Str(o["Name"]); }
                }
                catch (ArgumentException) { name = null; }
                objs.Add(new KeyValuePair<Guid, string[]>(id, new string[] { name, doc }));
            }
            return objs;
        }

        // ---- Preconditions ----
        // The owned flag of every object of one kind matching a precondition's id and/or name (null: not tracked).
        public List<object> FindMatches(IDictionary pre)
        {
            string kind = Str(Arg(pre, "kind"));
            string id = Str(Arg(pre, "id"));
            string name = Str(Arg(pre, "name"));
            List<object> found = new List<object>();
            if (kind == "switch")
            {
                AssertHyperV();
                foreach (object s in Call("Hyper-V\\Get-VMSwitch", null))
                {
                    if ((id == null || new Guid(PStr(s, "Id")) == new Guid(id)) && (name == null || Same(PStr(s, "Name"), name)))
                    {
                        found.Add(OwnedSwitch(PStr(s, "Notes")));
                    }
                }
            }
            else if (kind == "network" || kind == "endpoint" || kind == "namespace")
            {
                List<string> ledger = ReadLedgerList(kind + "s");
                if (name == null)
                {
                    foreach (Guid x in HcnIds(kind)) { if (id != null && x == new Guid(id)) { found.Add(ledger.Contains(x.ToString())); } }
                }
                else
                {
                    foreach (KeyValuePair<Guid, string[]> o in HcnObjects(kind))
                    {
                        if ((id == null || o.Key == new Guid(id)) && Same(o.Value[0], name)) { found.Add(ledger.Contains(o.Key.ToString())); }
                    }
                }
            }
            else if (kind == "vm_adapter")
            {
                AssertHyperV();
                foreach (object vm in VmsNamed(Str(Arg(pre, "vm_name"))))
                {
                    foreach (object nic in Call("Hyper-V\\Get-VMNetworkAdapter", P("VM", vm)))
                    {
                        if ((name == null || Same(PStr(nic, "Name"), name)) && (id == null || Same(PStr(nic, "Id"), id))) { found.Add(null); }
                    }
                }
            }
            else if (kind == "adapter")
            {
                foreach (object n in Call("Get-NetAdapter", null))
                {
                    string guid = PStr(n, "InterfaceGuid");
                    if ((id == null || (!String.IsNullOrEmpty(guid) && new Guid(guid) == new Guid(id))) && (name == null || Same(PStr(n, "Name"), name))) { found.Add(null); }
                }
            }
            else if (kind == "netnat")
            {
                foreach (object n in Call("Get-NetNat", P("ErrorAction", "SilentlyContinue")))
                {
                    if (name != null && Same(PStr(n, "Name"), name)) { found.Add(null); }
                }
            }
            else
            {
                throw new BridgeError("BAD_REQUEST", "unknown precondition kind '" + kind + "'", null);
            }
            return found;
        }

        // Checks one precondition under the host lock; throws PRECONDITION_FAILED naming it.
        public void AssertPre(IDictionary pre)
        {
            string kind = Str(Arg(pre, "kind"));
            string state = Str(Arg(pre, "state"));
            string what = kind;
            foreach (string k in new string[] { "vm_name", "name", "id" })
            {
                if (Arg(pre, k) != null) { what += " " + k + "='" + Str(Arg(pre, k)) + "'"; }
            }
            List<object> found = FindMatches(pre);
            int owned = 0;
            foreach (object f in found) { if (true.Equals(f)) { owned++; } }
            bool ok;
            if (state == "present") { ok = found.Count > 0; }
            else if (state == "absent") { ok = found.Count == 0; }
            else if (state == "owned")
            {
                if (kind != "switch" && kind != "network" && kind != "endpoint" && kind != "namespace") { throw new BridgeError("BAD_REQUEST", "ownership is not tracked for kind '" + kind + "'", null); }
                ok = owned > 0;
            }
            else { throw new BridgeError("BAD_REQUEST", "unknown precondition state '" + state + "'", null); }
            if (!ok)
            {
                throw new BridgeError("PRECONDITION_FAILED", "precondition failed: " + what + " should be " + state + ", found " + found.Count + " matching object(s), " + owned + " owned", what + " " + state);
            }
        }

        // ---- Files: atomic writes that retry a sharing violation (host-code 4), reads that tolerate one ----
        public string Dir(bool create) { return w.Files.Folder(create); }

        public void WriteAtomic(string path, string text)
        {
            string tmp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            w.Files.WriteNew(tmp, text);
            // ReplaceFile opens the target with DELETE access: a reader (job_status, an AV scanner) holding
            // it without FILE_SHARE_DELETE makes it fail for a moment; try again, bounded (20 x 50 ms).
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    if (w.Files.Exists(path)) { w.Files.Replace(tmp, path); } else { w.Files.Move(tmp, path); }
                    return;
                }
                catch (Exception e)
                {
                    // ERROR_ACCESS_DENIED (a delete-pending target, File.Move onto a held file) is an
                    // UnauthorizedAccessException on .NET Framework (__Error.WinIOError), not an IOException:
                    // retried alike (review-2 4; dotnet/runtime#79213, fsnow/cst#705).
                    if (!(e is IOException || e is UnauthorizedAccessException)) { throw; }
                    if (attempt >= 20)
                    {
                        try { w.Files.Delete(tmp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                        throw;
                    }
                    w.Clock.Sleep(50);
                }
            }
        }

        public string ReadShared(string path)
        {
            for (int attempt = 1; ; attempt++)
            {
                try { return w.Files.ReadText(path); }
                catch (Exception e)
                {
                    // A delete-pending file is ERROR_ACCESS_DENIED, an UnauthorizedAccessException (review-2 4).
                    if (!(e is IOException || e is UnauthorizedAccessException)) { throw; }
                    if (attempt >= 10) { throw; }
                    w.Clock.Sleep(100);
                }
            }
        }

        // ---- Ledger of the HNS IDs this collection created ----
        // The HNS IDs (lower-case GUIDs) and, optional on read (a ledger written before them has none), the host
        // objects of docs/design/host-objects.md: route keys "<alias>|<prefix>|<next hop>", forwarding aliases and
        // firewall rule names.
        public Dictionary<string, object> ReadLedger()
        {
            IDictionary data = LedgerDocument();
            Dictionary<string, object> l = new Dictionary<string, object>();
            foreach (string k in new string[] { "networks", "endpoints", "namespaces" })
            {
                List<string> ids = new List<string>();
                foreach (string id in StrList(data, k)) { ids.Add(new Guid(id).ToString()); }
                l[k] = ids;
            }
            foreach (string k in new string[] { "routes", "forwarding", "firewall_rules" }) { l[k] = StrList(data, k); }
            return l;
        }

        // ledger.json as parsed, or null when there is none (no folder, no file).
        private IDictionary LedgerDocument()
        {
            string dir = Dir(false);
            if (dir == null) { return null; }
            string path = Path.Combine(dir, "ledger.json");
            if (!w.Files.Exists(path)) { return null; }
            return json.DeserializeObject(ReadShared(path)) as IDictionary;
        }

        private List<string> ReadLedgerList(string key)
        {
            return (List<string>)ReadLedger()[key];
        }

        public void UpdateLedger(string kind, string id, bool add)
        {
            if (kind != "network" && kind != "endpoint" && kind != "namespace") { throw new BridgeError("BAD_REQUEST", "the ledger records networks, endpoints and namespaces, not '" + kind + "'", null); }
            ChangeLedger(kind + "s", new Guid(id).ToString(), add);
        }

        // Adds or removes one entry of one ledger list (compared case-insensitively: GUIDs are written lower-case,
        // aliases and rule names are Windows' case-insensitive names), written atomically.
        private void ChangeLedger(string key, string value, bool add)
        {
            string dir = Dir(true);
            Dictionary<string, object> l = ReadLedger();
            List<string> keep = new List<string>();
            foreach (string x in (List<string>)l[key]) { if (!Same(x, value)) { keep.Add(x); } }
            if (add) { keep.Add(value); }
            l[key] = keep;
            WriteAtomic(Path.Combine(dir, "ledger.json"), ToJson(l));
        }

        // ---- Cached copy of this bridge (bridge-<sha256>.ps1); never fails the batch ----
        public static string Sha256Hex(byte[] bytes)
        {
            StringBuilder sb = new StringBuilder();
            using (SHA256 sha = SHA256.Create())
            {
                foreach (byte b in sha.ComputeHash(bytes)) { sb.Append(b.ToString("x2", CultureInfo.InvariantCulture)); }
            }
            return sb.ToString();
        }

        public void SaveBridgeCache(string text)
        {
            if (String.IsNullOrEmpty(text)) { return; }
            try
            {
                string path = Path.Combine(Dir(true), "bridge-" + Sha256Hex(Encoding.ASCII.GetBytes(text)) + ".ps1");
                if (w.Files.Exists(path)) { return; }
                string tmp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
                w.Files.WriteNew(tmp, text);
                try { w.Files.Move(tmp, path); } catch (IOException) { w.Files.Delete(tmp); }
            }
            catch (Exception)
            {
                // The controller keeps sending the bridge in full.
            }
        }

        // ---- Snapshot ----
        private void Snapshot(IDictionary a, Dictionary<string, object> d)
        {
            IDictionary names = Arg(a, "names") as IDictionary;
            Dictionary<string, List<string>> filters = new Dictionary<string, List<string>>();
            foreach (string k in new string[] { "switches", "networks", "endpoints", "vm_adapters" })
            {
                filters[k] = Arg(names, k) != null ? StrList(names, k) : null;
            }
            foreach (string kind in StrList(a, "kinds"))
            {
                if (kind == "host") { d["host"] = HostSection(); }
                else if (kind == "hns_version") { d["hns_version"] = HnsVersion(); }
                else if (kind == "adapters") { d["adapters"] = AdaptersSection(); }
                // Without Hyper-V (module or platform missing, container VMs) report none; the host section says why.
                else if (kind == "switches") { d["switches"] = HyperVMissing() == null ? SwitchesSection(filters["switches"]) : new List<object>(); }
                else if (kind == "netnat") { d["netnat"] = NatSection(); }
                else if (kind == "networks") { d["networks"] = HcnSection("network", filters["networks"]); }
                else if (kind == "endpoints") { d["endpoints"] = HcnSection("endpoint", filters["endpoints"]); }
                else if (kind == "namespaces") { d["namespaces"] = HcnSection("namespace", null); }
                else if (kind == "vm_adapters") { d["vm_adapters"] = HyperVMissing() == null ? VmAdaptersSection(filters["vm_adapters"]) : new List<object>(); }
                else if (kind == "ledger") { d["ledger"] = ReadLedger(); }
                else if (kind == "routes") { d["routes"] = RoutesSection(); }
                else if (kind == "firewall_rules") { d["firewall_rules"] = FirewallRulesSection(); }
                else if (kind == "vms") { d["vms"] = HyperVMissing() == null ? VmsSection() : new List<object>(); }
                else { throw new BridgeError("BAD_REQUEST", "unknown snapshot kind '" + kind + "'", null); }
            }
        }

        private Dictionary<string, object> HostSection()
        {
            List<object> cs = Call("Get-CimInstance", P("ClassName", "Win32_ComputerSystem"));
            Dictionary<string, object> h = new Dictionary<string, object>();
            h["computer_name"] = w.MachineName ?? "";
            h["os_build"] = w.OsBuild;
            h["hyperv_module"] = HyperVMissing() == null;
            h["is_virtual_machine"] = cs.Count > 0 && PStr(cs[0], "Model") == "Virtual Machine";
            h["ps_version"] = w.PsVersion ?? "";
            h["features"] = Features();
            return h;
        }

        private Dictionary<string, object> HnsVersion()
        {
            string text = w.Hcn.HnsCall("GET", "/globals/version", "");
            IDictionary r = json.DeserializeObject(text) as IDictionary;
            if (r == null || !true.Equals(Arg(r, "Success")))
            {
                throw new BridgeError("HNS_ERROR", "HNSCall GET /globals/version failed: " + text, text);
            }
            IDictionary o = Arg(r, "Output") as IDictionary;
            Dictionary<string, object> v = new Dictionary<string, object>();
            v["Major"] = ToInt(Arg(o, "Major"));
            v["Minor"] = ToInt(Arg(o, "Minor"));
            return v;
        }

        private static void Group(Dictionary<int, List<object>> map, int key, object value)
        {
            if (!map.ContainsKey(key)) { map[key] = new List<object>(); }
            map[key].Add(value);
        }

        // Both IP stores, gateways, DNS and category of every interface, read once, keyed by index.
        // Dhcp, InterfaceMetric and NetworkCategory stay null where Windows has no IPv4 interface or no
        // connection profile (a NIC bound to a switch or a team, disabled or unplugged: host-code 1).
        public List<object> AdaptersSection()
        {
            Dictionary<string, object> ipif = new Dictionary<string, object>();
            foreach (object i in Call("Get-NetIPInterface", P("ErrorAction", "SilentlyContinue")))
            {
                ipif[ToInt(Prop(i, "InterfaceIndex")) + "/" + ToInt(Prop(i, "AddressFamily"))] = i;
            }
            Dictionary<int, List<object>> addrs = new Dictionary<int, List<object>>();
            foreach (object x in Call("Get-NetIPAddress", P("ErrorAction", "SilentlyContinue"))) { Group(addrs, ToInt(Prop(x, "InterfaceIndex")), x); }
            Dictionary<int, List<object>> gws = new Dictionary<int, List<object>>();
            foreach (object r in Call("Get-NetRoute", P("ErrorAction", "SilentlyContinue")))
            {
                string prefix = PStr(r, "DestinationPrefix");
                string hop = PStr(r, "NextHop");
                if ((prefix == "0.0.0.0/0" || prefix == "::/0") && hop != "0.0.0.0" && hop != "::") { Group(gws, ToInt(Prop(r, "InterfaceIndex")), hop ?? ""); }
            }
            Dictionary<int, List<object>> dns = new Dictionary<int, List<object>>();
            foreach (object x in Call("Get-DnsClientServerAddress", P("ErrorAction", "SilentlyContinue")))
            {
                IEnumerable servers = Prop(x, "ServerAddresses") as IEnumerable;
                if (servers == null) { continue; }
                foreach (object s in servers) { if (s != null) { Group(dns, ToInt(Prop(x, "InterfaceIndex")), Str(Unwrap(s))); } }
            }
            Dictionary<int, string> suffix = new Dictionary<int, string>();
            foreach (object c in Call("Get-DnsClient", P("ErrorAction", "SilentlyContinue"))) { suffix[ToInt(Prop(c, "InterfaceIndex"))] = PStr(c, "ConnectionSpecificSuffix"); }
            Dictionary<int, int> cat = new Dictionary<int, int>();
            foreach (object p in Call("Get-NetConnectionProfile", P("ErrorAction", "SilentlyContinue"))) { cat[ToInt(Prop(p, "InterfaceIndex"))] = ToInt(Prop(p, "NetworkCategory")); }

            List<object> list = new List<object>();
            foreach (object n in Call("Get-NetAdapter", null))
            {
                int ix = ToInt(Prop(n, "InterfaceIndex"));
                Dictionary<string, object> ip = new Dictionary<string, object>();
                object if4;
                bool has4 = ipif.TryGetValue(ix + "/2", out if4);
                ip["Dhcp"] = has4 ? IntOrNull(Prop(if4, "Dhcp")) : null;
                List<object> v4 = new List<object>();
                List<object> v6 = new List<object>();
                ip["IPv4"] = v4;
                ip["IPv6"] = v6;
                ip["Gateways"] = gws.ContainsKey(ix) ? gws[ix] : new List<object>();
                ip["DnsServers"] = dns.ContainsKey(ix) ? dns[ix] : new List<object>();
                ip["DnsSuffix"] = suffix.ContainsKey(ix) ? suffix[ix] : null;
                ip["InterfaceMetric"] = has4 ? IntOrNull(Prop(if4, "InterfaceMetric")) : null;
                // MSFT_NetIPInterface Forwarding: 0 Disabled, 1 Enabled (docs/design/host-objects.md section 2).
                ip["Forwarding"] = has4 && Prop(if4, "Forwarding") != null ? (object)EnumInt(Prop(if4, "Forwarding"), "Disabled", 0, "Enabled", 1) : null;
                ip["NetworkCategory"] = cat.ContainsKey(ix) ? (object)cat[ix] : null;
                if (addrs.ContainsKey(ix))
                {
                    foreach (object x in addrs[ix])
                    {
                        Dictionary<string, object> e = new Dictionary<string, object>();
                        e["IPAddress"] = CStr(x, "IPAddress");
                        e["PrefixLength"] = ToInt(Prop(x, "PrefixLength"));
                        e["PrefixOrigin"] = ToInt(Prop(x, "PrefixOrigin"));
                        if (ToInt(Prop(x, "AddressFamily")) == 2) { v4.Add(e); } else { v6.Add(e); }
                    }
                }
                Dictionary<string, object> a = new Dictionary<string, object>();
                a["Name"] = CStr(n, "Name");
                a["InterfaceDescription"] = CStr(n, "InterfaceDescription");
                a["InterfaceIndex"] = ix;
                a["InterfaceGuid"] = CStr(n, "InterfaceGuid");
                a["MacAddress"] = CStr(n, "MacAddress");
                a["LinkSpeed"] = CStr(n, "LinkSpeed");
                a["Status"] = CStr(n, "Status");
                a["Virtual"] = Convert.ToBoolean(Prop(n, "Virtual"), CultureInfo.InvariantCulture);
                a["ip"] = ip;
                list.Add(a);
            }
            return list;
        }

        private List<object> SwitchesSection(List<string> filter)
        {
            List<object> list = new List<object>();
            foreach (object s in Call("Hyper-V\\Get-VMSwitch", null))
            {
                if (!Wanted(filter, PStr(s, "Name"))) { continue; }
                List<object> descs = null;
                IEnumerable many = Prop(s, "NetAdapterInterfaceDescriptions") as IEnumerable;
                if (many != null && !(many is string))
                {
                    descs = new List<object>();
                    foreach (object x in many) { descs.Add(Str(Unwrap(x)) ?? ""); }
                }
                Dictionary<string, object> e = new Dictionary<string, object>();
                e["Id"] = CStr(s, "Id");
                e["Name"] = CStr(s, "Name");
                e["SwitchType"] = ToInt(Prop(s, "SwitchType"));
                e["AllowManagementOS"] = Convert.ToBoolean(Prop(s, "AllowManagementOS"), CultureInfo.InvariantCulture);
                e["NetAdapterInterfaceDescription"] = PStr(s, "NetAdapterInterfaceDescription");
                e["NetAdapterInterfaceDescriptions"] = descs;
                e["EmbeddedTeamingEnabled"] = Convert.ToBoolean(Prop(s, "EmbeddedTeamingEnabled"), CultureInfo.InvariantCulture);
                e["IovEnabled"] = Convert.ToBoolean(Prop(s, "IovEnabled"), CultureInfo.InvariantCulture);
                e["PacketDirectEnabled"] = Convert.ToBoolean(Prop(s, "PacketDirectEnabled"), CultureInfo.InvariantCulture);
                e["BandwidthReservationMode"] = ToInt(Prop(s, "BandwidthReservationMode"));
                e["Notes"] = PStr(s, "Notes");
                list.Add(e);
            }
            return list;
        }

        private List<object> NatSection()
        {
            List<object> list = new List<object>();
            foreach (object n in Call("Get-NetNat", P("ErrorAction", "SilentlyContinue")))
            {
                list.Add(P("Name", CStr(n, "Name"), "InternalIPInterfaceAddressPrefix", CStr(n, "InternalIPInterfaceAddressPrefix")));
            }
            return list;
        }

        // HCN documents as strings, exactly as HcnQuery*Properties returned them.
        private List<object> HcnSection(string kind, List<string> filter)
        {
            List<object> list = new List<object>();
            foreach (KeyValuePair<Guid, string[]> o in HcnObjects(kind)) { if (Wanted(filter, o.Value[0])) { list.Add(o.Value[1]); } }
            return list;
        }

        private List<object> VmAdaptersSection(List<string> filter)
        {
            List<object> list = new List<object>();
            foreach (object vm in Call("Hyper-V\\Get-VM", null))
            {
                if (!Wanted(filter, PStr(vm, "Name"))) { continue; }
                foreach (object nic in Call("Hyper-V\\Get-VMNetworkAdapter", P("VM", vm)))
                {
                    List<object> vls = Call("Hyper-V\\Get-VMNetworkAdapterVlan", P("VMNetworkAdapter", nic));
                    object vl = vls.Count > 0 ? vls[0] : null;
                    Dictionary<string, object> e = new Dictionary<string, object>();
                    e["VMName"] = CStr(vm, "Name");
                    e["Name"] = CStr(nic, "Name");
                    e["Id"] = CStr(nic, "Id");
                    e["SwitchName"] = PStr(nic, "SwitchName");
                    e["MacAddress"] = CStr(nic, "MacAddress");
                    e["MacAddressSpoofing"] = ToInt(Prop(nic, "MacAddressSpoofing"));
                    e["VlanOperationMode"] = ToInt(Prop(vl, "OperationMode") ?? 0);
                    e["AccessVlanId"] = ToInt(Prop(vl, "AccessVlanId") ?? 0);
                    e["NativeVlanId"] = ToInt(Prop(vl, "NativeVlanId") ?? 0);
                    e["AllowedVlanIdListString"] = PStr(vl, "AllowedVlanIdListString");
                    list.Add(e);
                }
            }
            return list;
        }

        // ---- Switch and VM adapter operations: parameters by the cmdlet's own names ----
        private void SwitchCreate(IDictionary a, Dictionary<string, object> d)
        {
            AssertHyperV();
            // -Name names the object being created; it is the one -Name the house rules allow.
            Dictionary<string, object> p = P("Name", Str(Arg(a, "name")));
            List<string> adapters = StrList(a, "net_adapter_names");
            if (adapters.Count > 0)
            {
                p["NetAdapterName"] = ResolveAdapters(adapters);
                if (adapters.Count > 1) { p["EnableEmbeddedTeaming"] = true; }
                if (Arg(a, "allow_management_os") != null) { p["AllowManagementOS"] = Convert.ToBoolean(Arg(a, "allow_management_os"), CultureInfo.InvariantCulture); }
            }
            else
            {
                p["SwitchType"] = Str(Arg(a, "switch_type"));
            }
            if (Arg(a, "enable_iov") != null) { p["EnableIov"] = Convert.ToBoolean(Arg(a, "enable_iov"), CultureInfo.InvariantCulture); }
            if (Arg(a, "enable_packet_direct") != null) { p["EnablePacketDirect"] = Convert.ToBoolean(Arg(a, "enable_packet_direct"), CultureInfo.InvariantCulture); }
            if (Arg(a, "minimum_bandwidth_mode") != null) { p["MinimumBandwidthMode"] = Str(Arg(a, "minimum_bandwidth_mode")); }
            if (Arg(a, "notes") != null) { p["Notes"] = Str(Arg(a, "notes")); }
            List<object> sw = Call("Hyper-V\\New-VMSwitch", p);
            d["id"] = sw.Count > 0 ? PStr(sw[0], "Id") : null;
        }

        private void SwitchSet(IDictionary a, Dictionary<string, object> d)
        {
            object sw = SwitchById(Str(Arg(a, "id")));
            object mgmt = Arg(a, "allow_management_os");
            if (Arg(a, "net_adapter_name") != null)
            {
                Dictionary<string, object> p = P("VMSwitch", sw, "NetAdapterName", ResolveAdapters(new List<string> { Str(Arg(a, "net_adapter_name")) })[0]);
                if (mgmt != null) { p["AllowManagementOS"] = Convert.ToBoolean(mgmt, CultureInfo.InvariantCulture); mgmt = null; }
                Call("Hyper-V\\Set-VMSwitch", p);
            }
            else if (Arg(a, "switch_type") != null)
            {
                Call("Hyper-V\\Set-VMSwitch", P("VMSwitch", sw, "SwitchType", Str(Arg(a, "switch_type"))));
            }
            if (mgmt != null) { Call("Hyper-V\\Set-VMSwitch", P("VMSwitch", sw, "AllowManagementOS", Convert.ToBoolean(mgmt, CultureInfo.InvariantCulture))); }
            if (Arg(a, "notes") != null) { Call("Hyper-V\\Set-VMSwitch", P("VMSwitch", sw, "Notes", Str(Arg(a, "notes")))); }
            d["id"] = PStr(sw, "Id");
        }

        private void SwitchRename(IDictionary a, Dictionary<string, object> d)
        {
            object sw = SwitchById(Str(Arg(a, "id")));
            Call("Hyper-V\\Rename-VMSwitch", P("VMSwitch", sw, "NewName", Str(Arg(a, "new_name"))));
            d["id"] = PStr(sw, "Id");
        }

        private void SwitchTeamSet(IDictionary a, Dictionary<string, object> d)
        {
            object sw = SwitchById(Str(Arg(a, "id")));
            Call("Hyper-V\\Set-VMSwitchTeam", P("VMSwitch", sw, "NetAdapterName", ResolveAdapters(StrList(a, "net_adapter_names"))));
            d["id"] = PStr(sw, "Id");
        }

        private void SwitchRemove(IDictionary a, Dictionary<string, object> d)
        {
            object sw = SwitchById(Str(Arg(a, "id")));
            Call("Hyper-V\\Remove-VMSwitch", P("VMSwitch", sw, "Force", true));
            d["id"] = PStr(sw, "Id");
        }

        private void VmAdapterSet(IDictionary a, Dictionary<string, object> d)
        {
            string vmName = Str(Arg(a, "vm_name"));
            object nic = VmAdapter(vmName, Str(Arg(a, "name")), Str(Arg(a, "id")));
            if (a.Contains("switch_name"))
            {
                if (a["switch_name"] == null) { Call("Hyper-V\\Disconnect-VMNetworkAdapter", P("VMNetworkAdapter", nic)); }
                else { Call("Hyper-V\\Connect-VMNetworkAdapter", P("VMNetworkAdapter", nic, "VMSwitch", SwitchByName(Str(a["switch_name"])))); }
            }
            IDictionary vlan = Arg(a, "vlan") as IDictionary;
            if (vlan != null)
            {
                string mode = Str(Arg(vlan, "mode"));
                if (mode == "Access") { Call("Hyper-V\\Set-VMNetworkAdapterVlan", P("VMNetworkAdapter", nic, "Access", true, "VlanId", ToInt(Arg(vlan, "access_vlan_id")))); }
                else if (mode == "Trunk") { Call("Hyper-V\\Set-VMNetworkAdapterVlan", P("VMNetworkAdapter", nic, "Trunk", true, "NativeVlanId", ToInt(Arg(vlan, "native_vlan_id")), "AllowedVlanIdList", Str(Arg(vlan, "allowed_vlan_ids")))); }
                else { Call("Hyper-V\\Set-VMNetworkAdapterVlan", P("VMNetworkAdapter", nic, "Untagged", true)); }
            }
            object spoof = Arg(a, "mac_address_spoofing");
            if (spoof != null) { Call("Hyper-V\\Set-VMNetworkAdapter", P("VMNetworkAdapter", nic, "MacAddressSpoofing", Convert.ToBoolean(spoof, CultureInfo.InvariantCulture) ? "On" : "Off")); }
            d["vm_name"] = vmName;
            d["name"] = PStr(nic, "Name");
            d["id"] = PStr(nic, "Id");
        }

        // ---- HCN operations. The ID enters the ledger before the create runs; a failed create whose
        // object does not exist takes it out again (a lost answer leaves it; the next apply adopts or releases it).
        private void HcnCreate(string kind, IDictionary a, Dictionary<string, object> d, object networkId)
        {
            Guid id = new Guid(Str(Arg(a, "id")));
            Guid net = networkId == null ? Guid.Empty : new Guid(Str(networkId));
            UpdateLedger(kind, id.ToString(), true);
            string doc;
            try { doc = w.Hcn.Create(kind, id, net, Str(Arg(a, "settings"))); }
            catch (Exception)
            {
                try { if (!HcnIds(kind).Contains(id)) { UpdateLedger(kind, id.ToString(), false); } }
                catch (Exception) { }
                throw;
            }
            d["id"] = id.ToString();
            d["document"] = doc;
        }

        private void HcnModify(string kind, IDictionary a, Dictionary<string, object> d)
        {
            Guid id = new Guid(Str(Arg(a, "id")));
            w.Hcn.Modify(kind, id, Str(Arg(a, "request")));
            d["id"] = id.ToString();
        }

        private void HcnDelete(string kind, IDictionary a, Dictionary<string, object> d)
        {
            Guid id = new Guid(Str(Arg(a, "id")));
            w.Hcn.Delete(kind, id);
            UpdateLedger(kind, id.ToString(), false);
            d["id"] = id.ToString();
        }

        // ---- Detached jobs (docs/reliability.md). Files in <admin folder>\jobs: <id>.request.json,
        // <id>.bridge.ps1 (this bridge, run by the task's loader), <id>.journal.json (written by the task
        // only, apart from job_start's first version), <id>.confirm (job_confirm).
        public string JobPath(string jobId, string suffix)
        {
            string jobs = Path.Combine(Dir(true), "jobs");
            if (!w.Files.Exists(jobs)) { w.Files.CreateDirectory(jobs); }
            return Path.Combine(jobs, new Guid(jobId).ToString() + suffix);
        }

        public Dictionary<string, object> ReadJournal(string jobId)
        {
            string path = JobPath(jobId, ".journal.json");
            if (!w.Files.Exists(path)) { throw new BridgeError("PRECONDITION_FAILED", "no job " + jobId + " on this host (never started, or its journal was removed)", jobId); }
            Dictionary<string, object> j = (Dictionary<string, object>)json.DeserializeObject(ReadShared(path));
            // The serializer gives fixed-size arrays; the task appends to these lists.
            foreach (string k in new string[] { "steps", "undone", "repairs", "warnings" })
            {
                List<object> list = new List<object>();
                IEnumerable old = Arg(j, k) as IEnumerable;
                if (old != null) { foreach (object x in old) { if (x != null) { list.Add(x); } } }
                j[k] = list;
            }
            return j;
        }

        private void WriteJournal(Dictionary<string, object> j)
        {
            WriteAtomic(JobPath(Str(j["job_id"]), ".journal.json"), ToJson(j));
        }

        public void AddStep(Dictionary<string, object> j, string step, bool ok, string detail)
        {
            Dictionary<string, object> s = new Dictionary<string, object>();
            s["at"] = Math.Round((w.Clock.UtcNow - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds, 3);
            s["step"] = step;
            s["ok"] = ok;
            s["detail"] = detail;
            ((List<object>)j["steps"]).Add(s);
            WriteJournal(j);
        }

        // The task's command line: -EncodedCommand of a short fixed loader that reads <id>.bridge.ps1, checks
        // its SHA-256 and runs it. Never -File: a Group Policy execution policy (AllSigned) overrides
        // -ExecutionPolicy for script files, not for a command (host-code 5). The loader holds no request value:
        // only the job's GUID (parsed and re-formatted), the bridge copy's path under ProgramData and its hash.
        public static string LoaderArguments(string scriptPath, string sha256, string marker)
        {
            string loader =
                "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue'; " +
                "$b = [IO.File]::ReadAllBytes('" + scriptPath.Replace("'", "''") + "'); " +
                "$h = -join ([Security.Cryptography.SHA256]::Create().ComputeHash($b) | ForEach-Object { $_.ToString('x2') }); " +
                "if ($h -ne '" + sha256 + "') { exit 4 }; " +
                "$t = [Text.Encoding]::ASCII.GetString($b); " +
                "& ([ScriptBlock]::Create($t)) '" + marker + "' $t; exit 0";
            return "-NoProfile -NonInteractive -ExecutionPolicy Bypass -EncodedCommand " + Convert.ToBase64String(Encoding.Unicode.GetBytes(loader));
        }

        private void JobStart(IDictionary a, Dictionary<string, object> d, string bridgeText)
        {
            string id = GuidText(Arg(a, "job_id"));
            if (w.Files.Exists(JobPath(id, ".journal.json"))) { throw new BridgeError("PRECONDITION_FAILED", "job " + id + " exists already", id); }
            IList ops = Arg(a, "ops") as IList ?? new object[0];
            foreach (object o in ops)
            {
                string name = Str(Arg(o as IDictionary, "op"));
                if (name == "job_start" || name == "job_status" || name == "job_confirm") { throw new BridgeError("BAD_REQUEST", "job " + id + ": " + name + " cannot run inside a job", null); }
            }
            if (String.IsNullOrEmpty(bridgeText)) { throw new BridgeError("INTERNAL", "job_start needs the bridge's own text, which this call did not receive", null); }
            Dictionary<string, object> req = new Dictionary<string, object>();
            req["ops"] = ops;
            req["undo"] = Arg(a, "undo");
            req["deadman_s"] = ToInt(Arg(a, "deadman_s") ?? 120);
            string script = JobPath(id, ".bridge.ps1");
            WriteAtomic(script, bridgeText);
            WriteAtomic(JobPath(id, ".request.json"), ToJson(req));
            Dictionary<string, object> j = new Dictionary<string, object>();
            j["job_id"] = id;
            j["state"] = "running";
            j["confirmed"] = false;
            j["deadman_s"] = req["deadman_s"];
            j["steps"] = new List<object>();
            j["results"] = new List<object>();
            j["error"] = null;
            j["config_before"] = new List<object>();
            j["config_after"] = new List<object>();
            j["repairs"] = new List<object>();
            j["warnings"] = new List<object>();
            j["undone"] = new List<object>();
            WriteJournal(j);
            string hash = Sha256Hex(Encoding.ASCII.GetBytes(bridgeText));
            IList replay = Arg(a, "boot_replay") as IList;
            if (replay != null && replay.Count > 0)
            {
                WriteAtomic(JobPath(ReplayId, ".request.json"), ToJson(P("ops", replay)));
                string replayScript = JobPath(ReplayId, ".bridge.ps1");
                WriteAtomic(replayScript, bridgeText);
                w.Tasks.Register("hyperv.network boot replay", LoaderArguments(replayScript, hash, "#hvnet-replay"), true, true);
            }
            string task = "hyperv.network job " + id;
            string args = LoaderArguments(script, hash, "#hvnet-job:" + id);
            string why = StartTask(task, args, false, id);
            if (why != null)
            {
                // S4U logs on only when the task starts: a user without batch/S4U logon rights gets a
                // registered task that never runs. Fall back to SYSTEM, as win_updates does (host-code 6).
                string why2 = StartTask(task, args, true, id);
                if (why2 != null)
                {
                    try { w.Tasks.Delete(task); } catch (Exception) { }
                    j = ReadJournal(id);
                    j["state"] = "failed";
                    j["error"] = ErrorObject("CMDLET_ERROR", "the scheduled task did not start: as the connecting user (S4U): " + why + "; as SYSTEM: " + why2, "ScheduledTaskNotStarted");
                    AddStep(j, "task not started", false, why2);
                    throw new BridgeError("INTERNAL", "job " + id + ": the scheduled task did not start (as the connecting user, S4U: " + why + "; as SYSTEM: " + why2 + "); nothing was applied", why2);
                }
            }
            d["job_id"] = id;
            d["state"] = "running";
        }

        private static Dictionary<string, object> ErrorObject(string code, string message, string detail)
        {
            return P("index", null, "op", null, "code", code, "hresult", null, "message", message, "detail", detail);
        }

        // Registers and runs the task, then watches it for a few seconds: null once it runs (state Running,
        // an engine process, or the journal's first step), else why it did not start.
        private string StartTask(string task, string args, bool asSystem, string jobId)
        {
            try
            {
                w.Tasks.Register(task, args, asSystem, false);
                w.Tasks.Run(task);
            }
            catch (Exception e) { return "registering or running the task failed: " + InnerText(e); }
            DateTime until = w.Clock.UtcNow.AddSeconds(StartWaitS);
            DateTime queuedUntil = w.Clock.UtcNow.AddSeconds(QueuedWaitS);
            string why = "it did not start within " + StartWaitS + " s";
            while (true)
            {
                if (((IList)ReadJournal(jobId)["steps"]).Count > 0 || w.Files.Exists(JobPath(jobId, ".started"))) { return null; }
                TaskInfo t = w.Tasks.Query(task);
                if (t == null || !t.Exists) { return "the task is gone"; }
                if (t.State == 4 || t.EnginePid != 0) { return null; }
                // 0x00041303 SCHED_S_TASK_HAS_NOT_RUN, 0x00041325 SCHED_S_TASK_QUEUED: keep waiting.
                if (t.LastResult != 0x41303 && t.LastResult != 0x41325 && t.State != 2)
                {
                    why = "it ended before its first step with result 0x" + t.LastResult.ToString("X8", CultureInfo.InvariantCulture);
                    break;
                }
                // A queued start (an S4U logon waiting for a domain controller) is waited for longer, as
                // ansible.windows win_updates Start-EphemeralTask waits while LastTaskResult is 0x00041325
                // (review-2 2); bounded here, since the controller's patience is.
                DateTime limit = t.LastResult == 0x41325 ? queuedUntil : until;
                if (w.Clock.UtcNow >= limit)
                {
                    if (t.LastResult == 0x41325) { why = "it was still queued after " + QueuedWaitS + " s"; }
                    break;
                }
                w.Clock.Sleep(250);
            }
            // "The task will continue to run even after it is deleted" (win_updates Start-EphemeralTask, which
            // calls $task.Stop(0) before DeleteTask): stop any instance first, so a late start never runs the
            // job beside the fallback (review-2 2). RunJob's claim stops a second instance that starts anyway.
            try { w.Tasks.Stop(task); } catch (Exception) { }
            try { w.Tasks.Delete(task); } catch (Exception) { }
            return why;
        }

        // An exception's reason as the callee gave it: Type.InvokeMember on a COM object wraps the callee's
        // COMException in a TargetInvocationException ("Exception has been thrown by the target of an
        // invocation."; dotnet/runtime#34201), so unwrap it and keep the HRESULT (review-2 3).
        public static string InnerText(Exception e)
        {
            Exception x = e;
            while (x is TargetInvocationException && x.InnerException != null) { x = x.InnerException; }
            string text = CmdletMessage(x);
            ExternalException com = x as ExternalException;
            if (com != null) { text += " (HRESULT 0x" + com.ErrorCode.ToString("X8", CultureInfo.InvariantCulture) + ")"; }
            return text;
        }

        // job_status. With confirm true it also confirms the job once its journal says applied, exactly as
        // job_confirm does (the confirmation folded into the last poll; docs/bridge-protocol.md and
        // docs/reliability.md are the source: this is our own protocol, not a Windows behaviour). With snapshot,
        // a job that is confirmed (by this call or an earlier one, so a poll after a lost answer gets it too)
        // answers with the after-snapshot; before it, await_overlay waits (bounded by OverlayWaitLimitS) until
        // HNS reports the DR MAC and provider address of the networks named. A poll that finds the job running
        // answers with the journal only.
        private void JobStatus(IDictionary a, Dictionary<string, object> d)
        {
            string id = GuidText(Arg(a, "job_id"));
            if (true.Equals(Arg(a, "confirm"))) { ConfirmJob(id, false); }
            Dictionary<string, object> j = ReadJournal(id);
            foreach (KeyValuePair<string, object> kv in j) { d[kv.Key] = kv.Value; }
            string state = Str(j["state"]);
            if (w.Files.Exists(JobPath(id, ".confirm")) && state != "rolling_back" && state != "rolled_back")
            {
                d["confirmed"] = true;
                if (state == "applied") { d["state"] = "confirmed"; }
            }
            IDictionary snap = Arg(a, "snapshot") as IDictionary;
            if (snap == null || Str(d["state"]) != "confirmed") { return; }
            IDictionary awaited = Arg(a, "await_overlay") as IDictionary;
            if (awaited != null) { d["overlay_wait"] = AwaitOverlayFactsUnlocked(awaited); }
            Dictionary<string, object> data = new Dictionary<string, object>();
            Snapshot(snap, data);
            d["snapshot"] = data;
        }

        // Under the host lock, like the task's last check before a rollback: a job already rolling back stays so.
        private void JobConfirm(IDictionary a, Dictionary<string, object> d)
        {
            ConfirmJob(GuidText(Arg(a, "job_id")), true);
            JobStatus(P("job_id", Arg(a, "job_id")), d);
        }

        // job_confirm confirms in any state but a rollback (a confirmation that comes before the apply is seen by
        // the task as soon as it waits); job_status's confirm only once the journal says applied (or the job is
        // confirmed already): a poll that finds the job running must not confirm a change the controller has not
        // seen applied, or the dead-man timer would protect nothing.
        private void ConfirmJob(string id, bool anyState)
        {
            string state = Str(ReadJournal(id)["state"]);
            if (state == "rolling_back" || state == "rolled_back") { return; }
            if (!anyState && state != "applied" && state != "confirmed") { return; }
            WriteAtomic(JobPath(id, ".confirm"), id);
        }

        // The longest await_overlay wait, in seconds: a choice of ours that keeps a confirming poll short (a lost
        // answer costs one more such call; the controller reads on for the rest of its wait_for_overlay when
        // the facts are still missing after it). A poll alone in its batch waits without the host lock
        // (AwaitOverlayFactsUnlocked), so the bound no longer protects a concurrent batch's lock_timeout_ms;
        // in a batch of several operations the lock is held for it. Nothing on the server limits a 20-second
        // command: MaxTimeoutms (MS-WSMV 2.2.4.10, default 60000) caps the OperationTimeout a client may ask
        // for per Receive (pywinrm and pypsrp ask for 20 s), not a command's run time, which WinRS bounds by
        // MaxShellRunTime (2.2.4.42, default 28800000 ms) and the shell's IdleTimeout. The transports send
        // Receive again after the OperationTimeout fault (2150858793): ansible.builtin.winrm in its own loop
        // (ansible-core plugins/connection/winrm.py _winrm_get_command_output; once only after a failed stdin
        // Send, try_once: the controller retries that read, bridge_client.is_lost_input) and ansible.builtin.psrp
        // through pypsrp (powershell.py end_invoke looping poll_invoke, which ignores that fault).
        public const int OverlayWaitLimitS = 20;
        public const int OverlayWaitStepMs = 500;

        // The wait only reads HCN, and the confirmation it follows is written already (ConfirmJob, under the lock):
        // a poll that is the only operation of its batch lets the host lock go for the wait and takes it again
        // for the after-snapshot, so a concurrent batch (the controller's own re-poll after a lost answer, whose
        // first process WinRS keeps running to its end) is not held up to 20 s (windows review 5 finding 1). The
        // lock is a new one: NamedMutexLock.Release disposes its Mutex. Not taken again within lock_timeout_ms:
        // LOCK_TIMEOUT, which the controller's poll polls on after (the job is confirmed; the next poll brings
        // the snapshot). In a batch of several operations the lock is kept, as for every other operation.
        private Dictionary<string, object> AwaitOverlayFactsUnlocked(IDictionary awaited)
        {
            if (!batchAlone || batchLock == null) { return AwaitOverlayFacts(awaited); }
            batchLock.Release();
            Dictionary<string, object> result;
            try { result = AwaitOverlayFacts(awaited); }
            finally
            {
                batchLock = w.NewLock();
                if (!batchLock.Acquire(batchLockTimeoutMs))
                {
                    throw new BridgeError("LOCK_TIMEOUT", "another hyperv.network batch held the host lock for more than " + batchLockTimeoutMs + " ms after the confirming poll's await_overlay wait (the job is confirmed; poll again for the after-snapshot)", null);
                }
            }
            return result;
        }

        // Waits until every network named has a DrMacAddress and a ProviderAddress policy in its HCN v2 document
        // (hcsshim hcn/hcnpolicy.go: NetworkPolicyType DrMacAddress {Address}, ProviderAddress {ProviderAddress}),
        // or until the bound. A precaution: flannel (pkg/backend/vxlan/device_windows.go ensureNetwork) polls a
        // new Overlay network for its ProviderAddress only (500 ms steps, 5 s), then waits for an interface
        // holding that address (checkHostNetworkReady), and vxlan_windows.go reads DrMacAddress once after that
        // ("Cannot parse DR MAC" when absent); no source we know gives a delay of the DR MAC. The collection puts
        // the provider address in the create document, so in effect this waits for the DR MAC (review 5, 5). Returns {waited_ms, missing: [network ids still lacking one]} and, when an HCN call
        // of the wait failed, last_error (the last such error's text). Every step is an HcnOpenNetwork plus
        // HcnQueryNetworkProperties right after an Overlay create, while HNS is busy: an error of any kind counts
        // as "still missing" and the wait goes on, as flannel's own wait does (pkg/backend/vxlan/device_windows.go
        // ensureNetwork: wait.Poll's condition keeps hcn.GetNetworkByID's error in lastErr, returns nil and
        // reports lastErr only at the timeout; windows review 5 finding 2). The job is confirmed before the wait,
        // so an error here must not fail the poll: the after-snapshot that follows reports a real HNS failure,
        // if there is one, as a snapshot operation would.
        public Dictionary<string, object> AwaitOverlayFacts(IDictionary awaited)
        {
            List<string> ids = StrList(awaited, "network_ids");
            int seconds = Math.Max(0, Math.Min(OverlayWaitLimitS, ToInt(Arg(awaited, "seconds") ?? 0)));
            DateTime started = w.Clock.UtcNow;
            DateTime until = started.AddSeconds(seconds);
            List<object> missing;
            string lastError = null;
            while (true)
            {
                missing = new List<object>();
                foreach (string nid in ids)
                {
                    string error = null;
                    if (!HasOverlayFacts(new Guid(nid), ref error)) { missing.Add(new Guid(nid).ToString()); }
                    if (error != null) { lastError = error; }
                }
                if (missing.Count == 0 || w.Clock.UtcNow >= until) { break; }
                w.Clock.Sleep(OverlayWaitStepMs);
            }
            Dictionary<string, object> r = P("waited_ms", (int)(w.Clock.UtcNow - started).TotalMilliseconds, "missing", missing);
            if (lastError != null) { r["last_error"] = lastError; }
            return r;
        }

        // error: set to the HCN error's text when the query failed with anything but "not found".
        private bool HasOverlayFacts(Guid id, ref string error)
        {
            string doc;
            try { doc = w.Hcn.Query("network", id, Hcn.DefaultQuery); }
            catch (HcnException h)
            {
                // Not visible yet (0x80070490 right after a create) or gone: missing, as the controller reads it.
                // Any other HRESULT (HCN_E_MANAGER_STOPPED, an RPC error while HNS programs VFP): missing for
                // this round, and remembered for overlay_wait.last_error (review 5 finding 2).
                if (!NotFound(h)) { error = h.Message; }
                return false;
            }
            IDictionary o;
            try { o = json.DeserializeObject(doc ?? "") as IDictionary; }
            catch (ArgumentException) { return false; }
            bool mac = false, pa = false;
            IEnumerable policies = Arg(o, "Policies") as IEnumerable;
            if (policies == null || policies is string) { return false; }
            foreach (object p in policies)
            {
                IDictionary pol = p as IDictionary;
                if (pol == null) { continue; }
                object raw = Arg(pol, "Settings");
                IDictionary settings = raw as IDictionary;
                // HNS sometimes nests Settings as a JSON string (the controller's state.py _settings reads both).
                if (settings == null && raw is string)
                {
                    try { settings = json.DeserializeObject((string)raw) as IDictionary; }
                    catch (ArgumentException) { settings = null; }
                }
                string type = Str(Arg(pol, "Type"));
                if (Same(type, "DrMacAddress") && !String.IsNullOrEmpty(Str(Arg(settings, "Address")))) { mac = true; }
                if (Same(type, "ProviderAddress") && !String.IsNullOrEmpty(Str(Arg(settings, "ProviderAddress")))) { pa = true; }
            }
            return mac && pa;
        }

        // job_status's optional arguments, checked before the batch takes the lock (a bad one names its field).
        private static string JobStatusArgsProblem(IDictionary a)
        {
            if (a == null) { return null; }
            object confirm = Arg(a, "confirm");
            if (confirm != null && !(confirm is bool)) { return "confirm must be true or false"; }
            object snap = Arg(a, "snapshot");
            if (snap != null && !(snap is IDictionary)) { return "snapshot must be a JSON object (the snapshot operation's args)"; }
            object awaited = Arg(a, "await_overlay");
            if (awaited == null) { return null; }
            IDictionary aw = awaited as IDictionary;
            if (aw == null) { return "await_overlay must be a JSON object {network_ids, seconds}"; }
            if (snap == null) { return "await_overlay needs snapshot (the wait comes before the after-snapshot)"; }
            IList ids = Arg(aw, "network_ids") as IList;
            if (ids == null) { return "await_overlay.network_ids must be a list of network GUIDs"; }
            Guid g;
            foreach (object x in ids) { if (!(x is string) || !Guid.TryParse((string)x, out g)) { return "await_overlay.network_ids must hold GUIDs"; } }
            object sec = Arg(aw, "seconds");
            if (!(sec is int) || (int)sec < 0 || (int)sec > OverlayWaitLimitS) { return "await_overlay.seconds must be an integer from 0 to " + OverlayWaitLimitS; }
            return null;
        }

        // A batch run by the task itself: a Dictionary request, as the controller's would be (host-code 2).
        public Dictionary<string, object> RunOps(IList ops)
        {
            Dictionary<string, object> req = new Dictionary<string, object>();
            req["protocol"] = 1;
            req["request_id"] = Guid.NewGuid().ToString("N");
            req["lock_timeout_ms"] = 600000;
            req["ops"] = ops;
            Dictionary<string, object> resp = NewResponse();
            Batch(req, resp, null);
            return resp;
        }

        // For every physical NIC, the interface carrying its configuration (IpConfig.Carriers).
        public List<Dictionary<string, object>> Carriers()
        {
            return IpConfig.Carriers(AdaptersSection());
        }

        // Polls until DHCP leases and network identification have settled on every carrier, at most
        // SettleLimitS seconds (host-code 3); returns the carriers as last read.
        private List<Dictionary<string, object>> Settle(Dictionary<string, object> j, IList before, int limitS, string step)
        {
            DateTime until = w.Clock.UtcNow.AddSeconds(limitS);
            while (true)
            {
                List<Dictionary<string, object>> now = Carriers();
                string waiting;
                if (IpConfig.Settled(before, now, out waiting))
                {
                    AddStep(j, step, true, null);
                    return now;
                }
                if (w.Clock.UtcNow >= until)
                {
                    AddStep(j, step, false, "not settled after " + limitS + " s: " + waiting);
                    return now;
                }
                w.Clock.Sleep(2000);
            }
        }

        // Runs the planned repairs, one call site each, journaling each; returns what was done, as text.
        private List<object> Repair(Dictionary<string, object> j, IList before)
        {
            List<Dictionary<string, object>> now = Settle(j, before, SettleLimitS, "settle");
            List<object> done = new List<object>();
            bool ran = false;
            foreach (Dictionary<string, object> act in IpConfig.PlanRepairs(before, now))
            {
                string call = Str(Arg(act, "call"));
                string what = Str(Arg(act, "name")) + ": " + Str(Arg(act, "field"));
                string text;
                bool ok = true;
                if (call == null)
                {
                    text = what + " " + (Str(Arg(act, "reason")) ?? "not restorable");
                    ok = false;
                }
                else
                {
                    Dictionary<string, object> args = new Dictionary<string, object>();
                    IDictionary given = Arg(act, "args") as IDictionary;
                    if (given != null) { foreach (DictionaryEntry e in given) { args[(string)e.Key] = e.Value; } }
                    if (call == "Remove-NetIPAddress") { args["Confirm"] = false; }
                    try
                    {
                        ran = true;
                        Call(call, args);
                        text = what + " restored (" + call + ")";
                    }
                    catch (Exception e)
                    {
                        text = what + " could not be restored: " + InnerText(e);
                        ok = false;
                    }
                }
                done.Add(text);
                AddStep(j, "repair " + what, ok, text);
            }
            // A repair restarts network identification (NLA re-runs on every IP address or route change,
            // Microsoft Learn "Domain-joined machines can't detect the domain profile"): wait again, bounded,
            // before the caller reads config_after (review-2 1).
            if (ran) { Settle(j, before, ResettleLimitS, "settle after repairs"); }
            return done;
        }

        // The scheduled task: snapshot, apply, settle, repair, compare, journal; then wait for job_confirm
        // or roll back (undo the applied operations in reverse, restore the configuration).
        public void RunJob(string jobId)
        {
            string id = new Guid(jobId).ToString();
            // The claim, before anything else: a second instance of the task (an S4U start that came late,
            // after the SYSTEM fallback started) finds it and exits without touching the host, the journal or
            // the task (review-2 2).
            if (!w.Files.CreateNew(JobPath(id, ".started"), id)) { return; }
            Dictionary<string, object> j = ReadJournal(id);
            try
            {
                IDictionary req = (IDictionary)json.DeserializeObject(ReadShared(JobPath(id, ".request.json")));
                List<Dictionary<string, object>> before = Carriers();
                j["config_before"] = before;
                AddStep(j, "snapshot", true, null);
                IList ops = Arg(req, "ops") as IList ?? new object[0];
                Dictionary<string, object> resp = RunOps(ops);
                List<object> results = (List<object>)resp["results"];
                j["results"] = results;
                j["error"] = resp["error"];
                for (int i = 0; i < results.Count; i++)
                {
                    IDictionary r = (IDictionary)results[i];
                    AddStep(j, "op " + (i + 1) + " " + Str(r["op"]), true.Equals(r["ok"]), null);
                }
                ((List<object>)j["repairs"]).AddRange(Repair(j, before));
                j["config_after"] = Carriers();
                List<string> diff = new List<string>();
                foreach (Dictionary<string, object> x in IpConfig.Compare(before, (IList)j["config_after"]))
                {
                    if (IpConfig.AwaitsDomain(x))
                    {
                        // Not a difference that fails the task: Windows restores it when a domain controller
                        // answers, the job cannot (review-2 1).
                        ((List<object>)j["warnings"]).Add(Str(Arg(x, "name")) + ": network category is " + IpConfig.CategoryText(ToInt(Arg(x, "after"))) + ", was DomainAuthenticated; Windows sets it again once a domain controller answers (the job cannot: Set-NetConnectionProfile does not set DomainAuthenticated)");
                        continue;
                    }
                    diff.Add(Str(Arg(x, "name")) + ": " + Str(Arg(x, "field")));
                }
                AddStep(j, "compare", diff.Count == 0, String.Join("; ", diff.ToArray()));
                if (!true.Equals(resp["ok"]))
                {
                    j["state"] = "failed";
                    AddStep(j, "done", false, null);
                    return;
                }
                int deadman = ToInt(Arg(req, "deadman_s") ?? 120);
                j["state"] = "applied";
                AddStep(j, "wait", true, "dead-man timer " + deadman + " s");
                if (WaitForConfirm(j, id, deadman)) { return; }
                Rollback(j, req, ops, results, before);
            }
            catch (Exception e)
            {
                j["state"] = "failed";
                if (j["error"] == null) { j["error"] = ToError(e, null, null); }
                AddStep(j, "task error", false, e.Message);
            }
            finally
            {
                try { w.Tasks.Delete("hyperv.network job " + id); } catch (Exception) { }
            }
        }

        // The last look for a confirmation and the switch to rolling_back happen under the host lock, as
        // job_confirm's check of the state does: a confirmation is either seen here or refused there.
        private bool WaitForConfirm(Dictionary<string, object> j, string id, int deadman)
        {
            DateTime until = w.Clock.UtcNow.AddSeconds(deadman);
            string confirm = JobPath(id, ".confirm");
            while (w.Clock.UtcNow < until && !w.Files.Exists(confirm)) { w.Clock.Sleep(500); }
            // Never confirm or roll back without the lock (review-2 notes): a bridge call holding it may be
            // deciding the same job. Tried ConfirmLockAttempts times (30 min); if another call holds it all that
            // time, the job ends "failed" with LOCK_TIMEOUT, neither confirmed nor rolled back: the change stays
            // applied and the controller fails the task saying so.
            IHostLock hostLock = w.NewLock();
            bool held = false;
            for (int attempt = 1; attempt <= ConfirmLockAttempts && !held; attempt++)
            {
                held = hostLock.Acquire(ConfirmLockWaitMs);
                if (held) { break; }
                AddStep(j, "waiting for the host lock", false, "attempt " + attempt + " of " + ConfirmLockAttempts + ": another bridge call holds it");
                w.Clock.Sleep(1000);
            }
            if (!held)
            {
                string why = "job " + id + ": the host lock was held by another bridge call for " + (ConfirmLockAttempts * ConfirmLockWaitMs / 60000) + " min after the dead-man wait, so the job was neither confirmed nor rolled back; the change stays applied";
                j["state"] = "failed";
                j["error"] = ErrorObject("LOCK_TIMEOUT", why, "Global\\hyperv.network.bridge");
                AddStep(j, "done", false, why);
                return true;
            }
            try
            {
                if (w.Files.Exists(confirm))
                {
                    j["confirmed"] = true;
                    j["state"] = "confirmed";
                    AddStep(j, "confirm", true, null);
                    return true;
                }
                j["state"] = "rolling_back";
                AddStep(j, "dead-man timer expired", false, "no job_confirm within " + deadman + " s");
                return false;
            }
            finally { if (held) { hostLock.Release(); } }
        }

        private void Rollback(Dictionary<string, object> j, IDictionary req, IList ops, List<object> results, IList before)
        {
            IList undo = Arg(req, "undo") as IList ?? new object[0];
            List<object> undone = (List<object>)j["undone"];
            for (int i = results.Count - 1; i >= 0; i--)
            {
                IDictionary r = (IDictionary)results[i];
                if (!true.Equals(r["ok"])) { continue; }
                string name = Str(Arg((IDictionary)ops[i], "op"));
                IList steps = i < undo.Count ? undo[i] as IList : null;
                if (steps == null) { steps = DefaultUndo(name, Arg(r["data"] as IDictionary, "id")); }
                string what = "operation " + (i + 1) + " (" + name + ")";
                if (steps == null || steps.Count == 0) { undone.Add(what + ": not undone (no undo for it)"); continue; }
                Dictionary<string, object> u = RunOps(steps);
                if (true.Equals(u["ok"])) { undone.Add(what + ": undone"); }
                else { undone.Add(what + ": undo failed: " + Str(((IDictionary)u["error"])["message"])); }
                AddStep(j, "undo " + (i + 1), true.Equals(u["ok"]), null);
            }
            ((List<object>)j["repairs"]).AddRange(Repair(j, before));
            j["config_after"] = Carriers();
            j["state"] = "rolled_back";
            AddStep(j, "done", true, null);
        }

        // A create is undone by deleting (as owned) the object its result names.
        private static IList DefaultUndo(string op, object id)
        {
            string del = null;
            string kind = null;
            if (op == "switch_create") { del = "switch_remove"; kind = "switch"; }
            else if (op == "hcn_network_create") { del = "hcn_network_delete"; kind = "network"; }
            else if (op == "hcn_endpoint_create") { del = "hcn_endpoint_delete"; kind = "endpoint"; }
            else if (op == "hcn_namespace_create") { del = "hcn_namespace_delete"; kind = "namespace"; }
            if (del == null || id == null) { return null; }
            string oid = Str(id);
            return new List<object> { P("op", del, "args", P("id", oid), "pre", new List<object> { P("kind", kind, "state", "owned", "id", oid) }) };
        }

        // The boot-time task (boot_replay): the registered operations one by one; those whose objects
        // survived the reboot fail their preconditions and are skipped.
        // A boot trigger fires when the Task Scheduler service starts, before vmms and HNS may be ready
        // (review-2 5): wait for both services (bounded), retry an operation that fails for another reason
        // than its precondition (HCN_E_MANAGER_STOPPED 0x803B0020, a Hyper-V cmdlet while vmms starts), and
        // journal every outcome in jobs\<0...0>.journal.json (job_status of job 00000000-0000-0000-0000-000000000000).
        public void BootReplay()
        {
            Dictionary<string, object> j = new Dictionary<string, object>();
            j["job_id"] = ReplayId;
            j["state"] = "running";
            j["confirmed"] = false;
            j["deadman_s"] = 0;
            j["steps"] = new List<object>();
            j["results"] = new List<object>();
            j["error"] = null;
            j["config_before"] = new List<object>();
            j["config_after"] = new List<object>();
            j["repairs"] = new List<object>();
            j["warnings"] = new List<object>();
            j["undone"] = new List<object>();
            WriteJournal(j);
            bool allOk = true;
            try
            {
                string waiting = WaitForServices();
                AddStep(j, "services", waiting == null, waiting ?? "vmms and hns are running");
                IDictionary req = (IDictionary)json.DeserializeObject(ReadShared(JobPath(ReplayId, ".request.json")));
                IList ops = Arg(req, "ops") as IList ?? new object[0];
                for (int i = 0; i < ops.Count; i++)
                {
                    string name = "op " + (i + 1) + " " + Str(Arg(ops[i] as IDictionary, "op"));
                    for (int attempt = 1; ; attempt++)
                    {
                        hypervKnown = false;
                        Dictionary<string, object> resp = RunOps(new List<object> { ops[i] });
                        IDictionary err = resp["error"] as IDictionary;
                        if (true.Equals(resp["ok"]))
                        {
                            ((List<object>)j["results"]).Add(((List<object>)resp["results"])[0]);
                            AddStep(j, name, true, "replayed");
                            break;
                        }
                        if (err != null && Str(err["code"]) == "PRECONDITION_FAILED")
                        {
                            AddStep(j, name, true, "skipped: " + Str(err["message"]));
                            break;
                        }
                        string text = err == null ? "failed" : Str(err["code"]) + " " + (Str(err["hresult"]) ?? "") + " " + Str(err["message"]);
                        if (attempt >= ReplayAttempts)
                        {
                            allOk = false;
                            AddStep(j, name, false, "failed after " + attempt + " attempts: " + text);
                            break;
                        }
                        AddStep(j, name + " attempt " + attempt, false, text + "; trying again in " + (ReplayRetryMs / 1000) + " s");
                        w.Clock.Sleep(ReplayRetryMs);
                    }
                }
                j["state"] = allOk ? "applied" : "failed";
                AddStep(j, "done", allOk, null);
            }
            catch (Exception e)
            {
                j["state"] = "failed";
                j["error"] = ToError(e, null, null);
                AddStep(j, "task error", false, e.Message);
            }
        }

        // Waits until each of vmms and hns that exists is Running, at most BootServicesWaitS; null when
        // they are, else what is still waited for.
        private string WaitForServices()
        {
            DateTime until = w.Clock.UtcNow.AddSeconds(BootServicesWaitS);
            while (true)
            {
                List<string> notYet = new List<string>();
                foreach (object svc in Call("Get-Service", P("Name", new string[] { "vmms", "hns" }, "ErrorAction", "SilentlyContinue")))
                {
                    string status = PStr(svc, "Status");
                    if (status != "Running") { notYet.Add(PStr(svc, "Name") + " is " + status); }
                }
                if (notYet.Count == 0) { return null; }
                if (w.Clock.UtcNow >= until) { return "after " + BootServicesWaitS + " s " + String.Join(", ", notYet.ToArray()) + "; replaying anyway"; }
                w.Clock.Sleep(5000);
            }
        }
    }
}
