package org.tongbao.cli;
public class Main { public static void main(String[] a) {} }
