// hyperv.network: the Windows side of the bridge's seams. C# 5. Each member is a straight call into
// Windows (files with their ACL check, the named mutex, the Task Scheduler COM API, computenetwork.dll);
// the decisions around them are in HvNetBridge.cs, which tests execute under Mono against fakes.
// docs/bridge-internals.md lists this file among the host code no test executes.
using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Security.AccessControl;
using System.Security.Principal;
using System.Text;
using System.Threading;

namespace HyperVNetwork
{
    public static class WindowsHost
    {
        // The seams of a real host; call is bridge.ps1's call-site table as a delegate.
        public static HostSeams Seams(Func<string, Dictionary<string, object>, object> call, string psVersion)
        {
            HostSeams s = new HostSeams();
            s.Call = call;
            s.Hcn = new NativeHcnApi();
            s.Files = new WindowsFiles();
            s.Clock = new SystemClock();
            s.NewLock = NamedMutexLock.Create;
            s.Tasks = new ComTaskScheduler();
            s.MachineName = Environment.MachineName;
            s.OsBuild = Environment.OSVersion.Version.Build;
            s.PsVersion = psVersion;
            return s;
        }

        // bridge.ps1's whole main: the answer for one request line.
        public static BridgeAnswer Run(Func<string, Dictionary<string, object>, object> call, string psVersion, string line, string bridgeText)
        {
            return new Bridge(Seams(call, psVersion)).Main(line, bridgeText);
        }
    }

    public class NativeHcnApi : IHcnApi
    {
        public string Enumerate(string kind, string query) { return Hcn.Enumerate(kind, query); }

        public string Query(string kind, Guid id, string query) { return Hcn.Query(kind, id, query); }

        public string Create(string kind, Guid id, Guid networkId, string settings) { return Hcn.Create(kind, id, networkId, settings); }

        public void Modify(string kind, Guid id, string request) { Hcn.Modify(kind, id, request); }

        public void Delete(string kind, Guid id) { Hcn.Delete(kind, id); }

        public string HnsCall(string method, string path, string request) { return Hcn.HnsCall(method, path, request); }
    }

    public class SystemClock : IBridgeClock
    {
        public DateTime UtcNow { get { return DateTime.UtcNow; } }

        public void Sleep(int milliseconds) { Thread.Sleep(milliseconds); }
    }

    // Global\hyperv.network.bridge, created with a DACL granting SYSTEM and Administrators full control:
    // a mutex first created by the SYSTEM task would otherwise refuse an administrator's open.
    public class NamedMutexLock : IHostLock
    {
        private readonly Mutex mutex;
        private bool held;

        private NamedMutexLock()
        {
            MutexSecurity sec = new MutexSecurity();
            sec.AddAccessRule(new MutexAccessRule(new SecurityIdentifier(WellKnownSidType.LocalSystemSid, null), MutexRights.FullControl, AccessControlType.Allow));
            sec.AddAccessRule(new MutexAccessRule(new SecurityIdentifier(WellKnownSidType.BuiltinAdministratorsSid, null), MutexRights.FullControl, AccessControlType.Allow));
            bool created;
            mutex = new Mutex(false, "Global\\hyperv.network.bridge", out created, sec);
        }

        public static IHostLock Create() { return new NamedMutexLock(); }

        public bool Acquire(int timeoutMs)
        {
            // The previous holder died without releasing: the lock is ours now.
            try { held = mutex.WaitOne(timeoutMs); }
            catch (AbandonedMutexException) { held = true; }
            return held;
        }

        public void Release()
        {
            if (held) { mutex.ReleaseMutex(); }
            held = false;
            mutex.Dispose();
        }
    }

    public class WindowsFiles : IBridgeFiles
    {
        // Creates the folder (SYSTEM and Administrators only, inheritance off, owner Administrators) when
        // asked to, and verifies its owner and ACL before every use.
        public string Folder(bool create)
        {
            string dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "hyperv.network");
            SecurityIdentifier sys = new SecurityIdentifier(WellKnownSidType.LocalSystemSid, null);
            SecurityIdentifier adm = new SecurityIdentifier(WellKnownSidType.BuiltinAdministratorsSid, null);
            if (!Directory.Exists(dir))
            {
                if (!create) { return null; }
                DirectorySecurity sec = new DirectorySecurity();
                sec.SetAccessRuleProtection(true, false);
                sec.SetOwner(adm);
                sec.AddAccessRule(new FileSystemAccessRule(sys, FileSystemRights.FullControl, InheritanceFlags.ContainerInherit | InheritanceFlags.ObjectInherit, PropagationFlags.None, AccessControlType.Allow));
                sec.AddAccessRule(new FileSystemAccessRule(adm, FileSystemRights.FullControl, InheritanceFlags.ContainerInherit | InheritanceFlags.ObjectInherit, PropagationFlags.None, AccessControlType.Allow));
                Directory.CreateDirectory(dir, sec);
            }
            DirectorySecurity acl = Directory.GetAccessControl(dir);
            List<string> allowed = new List<string>();
            foreach (FileSystemAccessRule r in acl.GetAccessRules(true, true, typeof(SecurityIdentifier)))
            {
                if (r.AccessControlType == AccessControlType.Allow) { allowed.Add(r.IdentityReference.Value); }
            }
            List<string> bad = FolderProblems(acl.GetOwner(typeof(SecurityIdentifier)).Value, acl.AreAccessRulesProtected, allowed);
            if (bad.Count > 0)
            {
                throw new BridgeError("HELPER_CACHE_UNSAFE", "the folder " + dir + " must belong to Administrators and admit only SYSTEM and Administrators (inheritance off), but " + String.Join(", ", bad.ToArray()) + "; remove the folder or restore its ACL", dir);
            }
            return dir;
        }

        // What is wrong with the folder's owner and DACL: only SYSTEM (S-1-5-18) or Administrators
        // (S-1-5-32-544) may own it or be granted access, and inheritance must be off.
        public static List<string> FolderProblems(string ownerSid, bool inheritanceOff, IList<string> allowedSids)
        {
            List<string> bad = new List<string>();
            if (ownerSid != "S-1-5-32-544" && ownerSid != "S-1-5-18") { bad.Add("owner is " + ownerSid); }
            if (!inheritanceOff) { bad.Add("inheritance is on"); }
            foreach (string sid in allowedSids)
            {
                if (sid != "S-1-5-18" && sid != "S-1-5-32-544") { bad.Add("access granted to " + sid); }
            }
            return bad;
        }

        public bool Exists(string path) { return File.Exists(path) || Directory.Exists(path); }

        public void CreateDirectory(string path) { Directory.CreateDirectory(path); }

        // FileShare ReadWrite|Delete: a reader never blocks the task's Replace of the file (host-code 4).
        public string ReadText(string path)
        {
            using (FileStream f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (StreamReader r = new StreamReader(f, new UTF8Encoding(false)))
            {
                return r.ReadToEnd();
            }
        }

        public void WriteNew(string path, string text) { File.WriteAllText(path, text, new UTF8Encoding(false)); }

        // FileMode.CreateNew fails when the file exists (ERROR_FILE_EXISTS, an IOException): only one caller
        // ever creates it (the job's claim, review-2 2).
        public bool CreateNew(string path, string text)
        {
            try
            {
                using (FileStream f = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    byte[] b = new UTF8Encoding(false).GetBytes(text);
                    f.Write(b, 0, b.Length);
                }
                return true;
            }
            catch (IOException)
            {
                if (File.Exists(path)) { return false; }
                throw;
            }
        }

        public void Replace(string source, string destination) { File.Replace(source, destination, null); }

        public void Move(string source, string destination) { File.Move(source, destination); }

        public void Delete(string path) { File.Delete(path); }
    }

    // Late binding to COM objects (IDispatch through reflection); tests substitute a fake.
    public interface IComBinder
    {
        object Create(string progId);
        object Get(object o, string name, params object[] index);
        void Set(object o, string name, object value);
        object Invoke(object o, string name, params object[] args);
    }

    public class ReflectionComBinder : IComBinder
    {
        public object Create(string progId) { return Activator.CreateInstance(Type.GetTypeFromProgID(progId, true)); }

        public object Get(object o, string name, params object[] index) { return o.GetType().InvokeMember(name, BindingFlags.GetProperty, null, o, index); }

        public void Set(object o, string name, object value) { o.GetType().InvokeMember(name, BindingFlags.SetProperty, null, o, new object[] { value }); }

        public object Invoke(object o, string name, params object[] args) { return o.GetType().InvokeMember(name, BindingFlags.InvokeMethod, null, o, args); }
    }

    // The Task Scheduler 2.0 COM API (Schedule.Service), late bound, as ansible.windows win_updates uses it.
    // Constants: TASK_ACTION_EXEC 0, TASK_TRIGGER_BOOT 8, TASK_CREATE_OR_UPDATE 6, TASK_LOGON_S4U 2,
    // TASK_LOGON_SERVICE_ACCOUNT 5, TASK_RUNLEVEL_HIGHEST 1, TASK_ENUM_HIDDEN 0 for GetInstances.
    public class ComTaskScheduler : IJobScheduler
    {
        private readonly IComBinder com;
        private readonly string user;

        public ComTaskScheduler() : this(new ReflectionComBinder(), WindowsIdentity.GetCurrent().Name) { }

        public ComTaskScheduler(IComBinder com, string user)
        {
            this.com = com;
            this.user = user;
        }

        private object Service()
        {
            object svc = com.Create("Schedule.Service");
            com.Invoke(svc, "Connect");
            return svc;
        }

        private object Root() { return com.Invoke(Service(), "GetFolder", "\\"); }

        public void Register(string name, string arguments, bool asSystem, bool atBoot)
        {
            object svc = Service();
            object def = com.Invoke(svc, "NewTask", 0);
            object settings = com.Get(def, "Settings");
            com.Set(settings, "DisallowStartIfOnBatteries", false);
            com.Set(settings, "StopIfGoingOnBatteries", false);
            com.Set(settings, "ExecutionTimeLimit", "PT2H");
            object principal = com.Get(def, "Principal");
            com.Set(principal, "RunLevel", 1);
            com.Set(principal, "UserId", asSystem ? "S-1-5-18" : user);
            com.Set(principal, "LogonType", asSystem ? 5 : 2);
            if (atBoot)
            {
                // IBootTrigger.Delay: the boot trigger fires when Task Scheduler starts, before vmms and HNS
                // may be ready (review-2 5); BootReplay waits for them as well.
                object trigger = com.Invoke(com.Get(def, "Triggers"), "Create", 8);
                com.Set(trigger, "Delay", "PT1M");
            }
            object act = com.Invoke(com.Get(def, "Actions"), "Create", 0);
            com.Set(act, "Path", Path.Combine(Environment.SystemDirectory, "WindowsPowerShell\\v1.0\\powershell.exe"));
            com.Set(act, "Arguments", arguments);
            object folder = com.Invoke(svc, "GetFolder", "\\");
            com.Invoke(folder, "RegisterTaskDefinition", name, def, 6, asSystem ? "SYSTEM" : null, null, asSystem ? 5 : 2);
        }

        public void Run(string name) { com.Invoke(com.Invoke(Root(), "GetTask", name), "Run", new object[] { null }); }

        public TaskInfo Query(string name)
        {
            TaskInfo info = new TaskInfo();
            object task;
            try { task = com.Invoke(Root(), "GetTask", name); }
            catch (TargetInvocationException) { return info; }
            info.Exists = true;
            info.State = Convert.ToInt32(com.Get(task, "State"));
            info.LastResult = Convert.ToInt32(com.Get(task, "LastTaskResult"));
            // IRunningTaskCollection: Count and a 1-based Item (late-bound COM collections need no enumerator).
            object running = com.Invoke(task, "GetInstances", 0);
            if (Convert.ToInt32(com.Get(running, "Count")) > 0) { info.EnginePid = Convert.ToInt32(com.Get(com.Get(running, "Item", 1), "EnginePID")); }
            return info;
        }

        // IRegisteredTask.Stop(0) (flags reserved, 0), as win_updates calls $task.Stop(0) before DeleteTask.
        public void Stop(string name) { com.Invoke(com.Invoke(Root(), "GetTask", name), "Stop", 0); }

        public void Delete(string name) { com.Invoke(Root(), "DeleteTask", name, 0); }
    }
}
